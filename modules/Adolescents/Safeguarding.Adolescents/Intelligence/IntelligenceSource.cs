namespace Safeguarding.Adolescents.Intelligence;

/// <summary>The record an intelligence link was made from.</summary>
public enum IntelligenceSource
{
    /// <summary>A missing episode.</summary>
    MissingEpisode,
    /// <summary>An episode in police custody.</summary>
    CustodyEpisode,
    /// <summary>A concern of exploitation.</summary>
    ExploitationConcern,
}
