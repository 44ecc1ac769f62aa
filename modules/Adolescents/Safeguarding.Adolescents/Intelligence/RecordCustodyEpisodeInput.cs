namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordCustodyEpisodeInput : IntakeInput
{
    public DateTimeOffset DetainedAt { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
}
