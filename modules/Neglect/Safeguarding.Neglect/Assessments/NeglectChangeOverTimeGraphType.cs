namespace Safeguarding.Neglect.Assessments;

public sealed class NeglectChangeOverTimeGraphType : RecordGraphType<ChangeOverTime>
{
    public NeglectChangeOverTimeGraphType() : base("NeglectChangeOverTime", null)
    {
        ShownAs<NeglectAssessmentGraphType>(x => x.Assessments, 5).Description = "Completed assessments in the order observed; a corrected assessment is replaced by its correction.";
        Rows(x => x.Changes, 5);
        Rows(x => x.FamilyPlan, 5);
    }
}
