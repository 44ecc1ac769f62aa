namespace Safeguarding.Scrutiny.Returns;

public sealed class ExpectDataSupplierInputType : RecordInputGraphType<ExpectDataSupplierInput>
{
    public ExpectDataSupplierInputType() : base("ExpectDataSupplierInput")
    {
        Reference(x => x.PartnerId, required: true);
        Describe(x => x.ExpectedFrom, "The first quarter a return is expected for, e.g. 2022/23 Q1.");
        Describe(x => x.NoDataSince, "yyyy-MM, when the agency is known to have supplied nothing since a month.");
    }
}
