namespace Safeguarding.Scrutiny.Returns;

public sealed class DataSupplierGraphType : RecordGraphType<DataSupplier>
{
    public DataSupplierGraphType() : base("DataSupplier", "An agency expected to return figures for a measure.")
    {
        IdentifiedAsNode();
    }
}
