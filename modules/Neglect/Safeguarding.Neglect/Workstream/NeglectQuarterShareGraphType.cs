namespace Safeguarding.Neglect.Workstream;

public sealed class NeglectQuarterShareGraphType : RecordGraphType<QuarterShare>
{
    public NeglectQuarterShareGraphType() : base("NeglectQuarterShare", "Neglect's share of child protection plans open at a quarter's end.") =>
        Describe(x => x.SharePercent, "Neglect plans open at the quarter's end ÷ all plans open then, as a percentage to one decimal place.");
}
