namespace Safeguarding.DomesticAbuse.Notices;

public sealed class IntakeResultGraphType : RecordGraphType<IntakeResult>
{
    public IntakeResultGraphType() : base("ProtectionNoticeIntakeResult", null)
    {
    }
}
