namespace Safeguarding.Governance.Workforce;

public sealed class RecordTrainingReflectionInput
{
    public string? SessionId { get; set; }
    public string? PartnerId { get; set; }
    public string? Role { get; set; }
    public string? Text { get; set; }
    public DateOnly? WrittenOn { get; set; }
}
