namespace Safeguarding.Neglect.Assessments;

public sealed class AddFamilyPlanActionInputType : RecordInputGraphType<AddFamilyPlanActionInput>
{
    public AddFamilyPlanActionInputType() : base("AddFamilyPlanActionInput")
    {
        Reference(x => x.AssessmentId, required: true, "A completed assessment.");
        Describe(x => x.AreaCode, "An area graded 4 or 5 in that assessment, e.g. \"PC\".");
        Describe(x => x.Owner, "Who will do it: the carer, or a practitioner or agency.");
    }
}
