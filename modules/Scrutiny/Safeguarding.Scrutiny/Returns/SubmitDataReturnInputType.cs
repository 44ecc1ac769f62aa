namespace Safeguarding.Scrutiny.Returns;

public sealed class SubmitDataReturnInputType : RecordInputGraphType<SubmitDataReturnInput>
{
    public SubmitDataReturnInputType() : base("SubmitDataReturnInput")
    {
        Describe(x => x.Measure, "A returned measure's code, e.g. REREFERRALS_12M.");
        Describe(x => x.Quarter, "e.g. 2023/24 Q3.");
        Reference(x => x.PartnerId, required: true, "The supplying agency.");
    }
}
