namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SaveSafetyPlanInputType : RecordInputGraphType<SaveSafetyPlanInput>
{
    public SaveSafetyPlanInputType() : base("SaveAdolescentSafetyPlanInput")
    {
        Reference(x => x.SubjectId, required: true);
        ShownAs<SafetyPlanRiskInputType>(x => x.Risks);
        Required(x => x.Risks);
        ShownAs<SafetyPlanActionInputType>(x => x.Actions);
        Required(x => x.Actions);
    }
}
