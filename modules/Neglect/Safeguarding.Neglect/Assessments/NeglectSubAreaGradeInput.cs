namespace Safeguarding.Neglect.Assessments;

public sealed class NeglectSubAreaGradeInput
{
    /// <summary>A sub-area code of the assessment's template, e.g. "PC.NUT".</summary>
    public string? SubAreaCode { get; set; }
    /// <summary>1 (all needs met) to 5 (needs entirely unmet).</summary>
    public int Grade { get; set; }
    /// <summary>STRENGTH or CONCERN; NONE by default.</summary>
    public GradeFlag? Flag { get; set; }
    /// <summary>The practitioner's note on the grade; optional.</summary>
    public string? Note { get; set; }
}
