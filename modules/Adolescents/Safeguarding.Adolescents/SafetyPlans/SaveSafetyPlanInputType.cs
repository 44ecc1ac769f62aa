namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SaveSafetyPlanInputType : RecordInputGraphType<SaveSafetyPlanInput>
{
    public SaveSafetyPlanInputType() : base("SaveAdolescentSafetyPlanInput")
    {
        Reference(x => x.SubjectId, required: true);
        Describe(x => x.ReviewOn, "The next review (today to a year ahead).");
        ShownAs<SafetyPlanRiskInputType>(x => x.Risks);
        Required(x => x.Risks);
        ShownAs<SafetyPlanActionInputType>(x => x.Actions);
        Required(x => x.Actions);
    }
}
