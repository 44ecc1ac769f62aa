namespace Safeguarding.DomesticAbuse.Notices;

public sealed class IntakeResultGraphType : RecordGraphType<IntakeResult>
{
    public IntakeResultGraphType() : base("ProtectionNoticeIntakeResult", null)
    {
        ShownAs<IntakeProblemGraphType>(x => x.Problems);
        ShownAs<IntakePersonMatchGraphType>(x => x.ChildMatches);
        ShownAs<IntakePersonMatchGraphType>(x => x.AdultMatches);
    }
}
