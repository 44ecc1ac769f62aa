namespace Safeguarding.Scrutiny.Returns;

public sealed class SubmitDataReturnInputType : RecordInputGraphType<SubmitDataReturnInput>
{
    public SubmitDataReturnInputType() : base("SubmitDataReturnInput")
    {
        Reference(x => x.PartnerId, required: true);
        AsFinancialQuarter(x => x.Quarter, required: true);
        Required(x => x.Measure);
    }
}
