namespace Safeguarding.Scrutiny.Returns;

public sealed class DataSupplierGraphType() : RecordGraphType<DataSupplier>("DataSupplier", "An agency expected to return figures for a measure.");
