namespace Safeguarding.Funding.Years;

public sealed class RecordGrantInputType : RecordInputGraphType<RecordGrantInput>
{
    public RecordGrantInputType() : base("RecordGrantInput")
    {
        Describe(x => x.Source, "The grant's name, e.g. \"Working Together grant\".");
        AsFinancialYear(x => x.Year, required: true);
        Required(x => x.Source);
    }
}
