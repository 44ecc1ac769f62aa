namespace Safeguarding.Neglect.Assessments;

public sealed class NeglectAreaChangeGraphType : RecordGraphType<AreaChange>
{
    public NeglectAreaChangeGraphType() : base("NeglectAreaChange", null) => Describe(x => x.Direction, "IMPROVED (lower grade), SAME or WORSE.");
}
