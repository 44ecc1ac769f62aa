namespace Safeguarding.DomesticAbuse.Notices;

public sealed class IntakePersonMatchGraphType : RecordGraphType<IntakePersonMatch>
{
    public IntakePersonMatchGraphType() : base("ProtectionNoticePersonMatch", "What became of a person a notice named by identity: a child, or a named adult.")
    {
    }
}
