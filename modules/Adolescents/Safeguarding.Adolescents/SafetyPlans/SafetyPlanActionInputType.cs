namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SafetyPlanActionInputType : RecordInputGraphType<SafetyPlanActionInput>
{
    public SafetyPlanActionInputType() : base("AdolescentSafetyPlanActionInput") => Describe(x => x.OwnerAgency, "One of the partnership's agencies.");
}
