namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordMissingEpisodeInputType() : IntakeInputGraphType<RecordMissingEpisodeInput>("RecordMissingEpisodeInput");
