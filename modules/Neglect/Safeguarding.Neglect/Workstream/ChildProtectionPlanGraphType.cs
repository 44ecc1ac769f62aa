namespace Safeguarding.Neglect.Workstream;

public sealed class ChildProtectionPlanGraphType() : RecordGraphType<ChildProtectionPlan>("ChildProtectionPlan", null);
