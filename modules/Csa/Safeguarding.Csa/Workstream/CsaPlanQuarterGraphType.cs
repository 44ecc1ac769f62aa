namespace Safeguarding.Csa.Workstream;

public sealed class CsaPlanQuarterGraphType() : RecordGraphType<PlanQuarter>("CsaSexualAbusePlanQuarter",
    "Child protection plans for sexual abuse in a quarter: started in it, and open at its end.");
