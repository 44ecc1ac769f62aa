namespace Safeguarding.Neglect.Assessments;

public sealed class AddFamilyPlanActionInput
{
    /// <summary>A completed assessment.</summary>
    public string? AssessmentId { get; set; }
    /// <summary>An area graded 4 or 5 in that assessment, e.g. "PC".</summary>
    public string? AreaCode { get; set; }
    /// <summary>What is to be done.</summary>
    public string? Action { get; set; }
    /// <summary>Who will do it: the carer, or a practitioner or agency.</summary>
    public string? Owner { get; set; }
    /// <summary>The UK day it is to be reviewed.</summary>
    public DateOnly ReviewOn { get; set; }
}
