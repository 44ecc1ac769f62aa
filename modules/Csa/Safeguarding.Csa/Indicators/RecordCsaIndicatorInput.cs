namespace Safeguarding.Csa.Indicators;

public sealed class RecordCsaIndicatorInput
{
    public string? SubjectId { get; set; }
    public string? CategoryCode { get; set; }
    public DateOnly ObservedOn { get; set; }
    public string? SourceAgency { get; set; }
    public string? Description { get; set; }
    public bool SeenAndSpokenToAlone { get; set; }
}
