namespace Safeguarding.Adolescents.Intelligence;

public enum IntelligenceSource { MissingEpisode, CustodyEpisode, ExploitationConcern }
