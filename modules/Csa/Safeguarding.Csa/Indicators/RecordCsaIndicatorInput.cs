namespace Safeguarding.Csa.Indicators;

public sealed class RecordCsaIndicatorInput
{
    /// <summary>A child registered in the subject registry.</summary>
    public string? SubjectId { get; set; }
    /// <summary>A code from csaIndicatorCategories, e.g. "EMOTIONAL_BEHAVIOURAL".</summary>
    public string? CategoryCode { get; set; }
    /// <summary>The day it was observed (not in the future).</summary>
    public DateOnly ObservedOn { get; set; }
    /// <summary>The agency that observed it; default your own.</summary>
    public string? SourceAgency { get; set; }
    /// <summary>What was seen or heard, in the practitioner's words.</summary>
    public string? Description { get; set; }
    /// <summary>Whether the child was seen and spoken to alone.</summary>
    public bool SeenAndSpokenToAlone { get; set; }
}
