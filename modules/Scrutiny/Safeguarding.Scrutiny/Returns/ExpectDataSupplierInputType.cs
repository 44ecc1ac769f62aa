namespace Safeguarding.Scrutiny.Returns;

public sealed class ExpectDataSupplierInputType : RecordInputGraphType<ExpectDataSupplierInput>
{
    public ExpectDataSupplierInputType() : base("ExpectDataSupplierInput")
    {
        Reference(x => x.PartnerId, required: true);
        AsFinancialQuarter(x => x.ExpectedFrom, required: true);
        Required(x => x.Measure);
    }
}
