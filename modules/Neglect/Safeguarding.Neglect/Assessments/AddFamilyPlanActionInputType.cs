namespace Safeguarding.Neglect.Assessments;

public sealed class AddFamilyPlanActionInputType : RecordInputGraphType<AddFamilyPlanActionInput>
{
    public AddFamilyPlanActionInputType() : base("AddFamilyPlanActionInput")
    {
        Reference(x => x.AssessmentId, required: true);
        Required(x => x.AreaCode, x => x.Action, x => x.Owner);
    }
}
