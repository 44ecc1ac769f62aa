namespace Safeguarding.Neglect.Assessments;

public sealed class NeglectSubAreaGradeInputType : RecordInputGraphType<NeglectSubAreaGradeInput>
{
    public NeglectSubAreaGradeInputType() : base("NeglectSubAreaGradeInput")
    {
        Describe(x => x.SubAreaCode, "A sub-area code of the assessment's template, e.g. \"PC.NUT\".");
        Describe(x => x.Grade, "1 (all needs met) to 5 (needs entirely unmet).");
        Describe(x => x.Flag, "STRENGTH or CONCERN; NONE by default.");
    }
}
