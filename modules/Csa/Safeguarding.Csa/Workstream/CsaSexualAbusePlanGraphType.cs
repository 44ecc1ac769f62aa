namespace Safeguarding.Csa.Workstream;

public sealed class CsaSexualAbusePlanGraphType() : RecordGraphType<SexualAbusePlan>("CsaSexualAbusePlan",
    "A child protection plan for sexual abuse, as recorded in the Neglect module.", x => x.SubjectId);
