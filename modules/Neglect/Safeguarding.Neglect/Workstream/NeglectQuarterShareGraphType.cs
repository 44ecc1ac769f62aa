using GraphQL.Types;

namespace Safeguarding.Neglect.Workstream;

public sealed class NeglectQuarterShareGraphType : ObjectGraphType<QuarterShare>
{
    public NeglectQuarterShareGraphType()
    {
        Name = "NeglectQuarterShare";
        Description = "Neglect's share of child protection plans open at a quarter's end.";
        Field(x => x.QuarterEnd);
        Field(x => x.NeglectPlans);
        Field(x => x.AllPlans);
        Field(x => x.SharePercent).Description("Neglect plans open at the quarter's end ÷ all plans open then, as a percentage to one decimal place.");
    }
}
