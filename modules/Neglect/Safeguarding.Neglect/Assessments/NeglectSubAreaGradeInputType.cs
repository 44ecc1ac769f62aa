using GraphQL.Types;

namespace Safeguarding.Neglect.Assessments;

public sealed class NeglectSubAreaGradeInputType : InputObjectGraphType<NeglectSubAreaGradeInput>
{
    public NeglectSubAreaGradeInputType()
    {
        Name = "NeglectSubAreaGradeInput";
        Field(x => x.SubAreaCode).Description("A sub-area code of the assessment's template, e.g. \"PC.NUT\".");
        Field(x => x.Grade).Description("1 (all needs met) to 5 (needs entirely unmet).");
        Field<EnumerationGraphType<GradeFlag>>("flag").Description("STRENGTH or CONCERN; NONE by default.");
        Field(x => x.Note, nullable: true);
    }
}
