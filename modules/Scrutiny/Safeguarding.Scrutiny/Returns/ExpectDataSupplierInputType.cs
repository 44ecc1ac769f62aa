using GraphQL.Types;

namespace Safeguarding.Scrutiny.Returns;

public sealed class ExpectDataSupplierInputType : InputObjectGraphType<ExpectDataSupplierInput>
{
    public ExpectDataSupplierInputType()
    {
        Name = "ExpectDataSupplierInput";
        Field(x => x.Measure);
        Field(x => x.PartnerId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedFrom).Description("The first quarter a return is expected for, e.g. 2022/23 Q1.");
        Field(x => x.NoDataSince, nullable: true).Description("yyyy-MM, when the agency is known to have supplied nothing since a month.");
        Field(x => x.Note, nullable: true);
    }
}
