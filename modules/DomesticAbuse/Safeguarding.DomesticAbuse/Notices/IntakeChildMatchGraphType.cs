namespace Safeguarding.DomesticAbuse.Notices;

public sealed class IntakeChildMatchGraphType : RecordGraphType<IntakeChildMatch>
{
    public IntakeChildMatchGraphType() : base("ProtectionNoticeChildMatch", "What became of a child a notice named by identity.")
    {
        ShownAs<RegistrationOutcomeGraphType>(x => x.Outcome);
    }
}
