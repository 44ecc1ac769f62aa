namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SaveSafetyPlanInputType : RecordInputGraphType<SaveSafetyPlanInput>
{
    public SaveSafetyPlanInputType() : base("SaveAdolescentSafetyPlanInput")
    {
        Reference(x => x.SubjectId, required: true);
        Required<SafetyPlanRiskInputType>(x => x.Risks);
        Required<SafetyPlanActionInputType>(x => x.Actions);
    }
}
