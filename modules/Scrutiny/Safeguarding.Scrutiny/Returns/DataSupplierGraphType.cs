using GraphQL.Types;

namespace Safeguarding.Scrutiny.Returns;

public sealed class DataSupplierGraphType : ObjectGraphType<DataSupplier>
{
    public DataSupplierGraphType()
    {
        Name = "DataSupplier";
        Description = "An agency expected to return figures for a measure.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Measure);
        Field(x => x.PartnerId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Agency);
        Field(x => x.ExpectedFrom);
        Field(x => x.NoDataSince, nullable: true);
        Field(x => x.Note, nullable: true);
    }
}
