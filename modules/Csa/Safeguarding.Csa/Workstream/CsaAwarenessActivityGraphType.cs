namespace Safeguarding.Csa.Workstream;

public sealed class CsaAwarenessActivityGraphType : RecordGraphType<AwarenessActivity>
{
    public CsaAwarenessActivityGraphType() : base("CsaAwarenessActivity", "Awareness work on child sexual abuse led by young people.")
    {
        ShownAs<FinancialYearGraphType>(x => x.Year);
        Describe(x => x.YoungPeopleReached, "Empty unless a count was reported.");
    }
}
