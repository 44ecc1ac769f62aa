namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SafetyPlanActionGraphType() : RecordGraphType<SafetyPlanAction>("AdolescentSafetyPlanAction", null, x => x.VersionId);
