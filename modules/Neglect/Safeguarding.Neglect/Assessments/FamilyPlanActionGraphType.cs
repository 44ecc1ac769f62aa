namespace Safeguarding.Neglect.Assessments;

public sealed class FamilyPlanActionGraphType() : RecordGraphType<FamilyPlanAction>("NeglectFamilyPlanAction", null, x => x.SubjectId, x => x.AgreedAt);
