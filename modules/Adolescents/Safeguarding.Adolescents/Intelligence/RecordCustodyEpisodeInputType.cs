namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordCustodyEpisodeInputType() : IntakeInputGraphType<RecordCustodyEpisodeInput>("RecordCustodyEpisodeInput");
