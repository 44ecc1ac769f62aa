namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordMissingEpisodeInput : IntakeInput
{
    public DateTimeOffset WentMissingAt { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
    public string? WhereFound { get; set; }
}
