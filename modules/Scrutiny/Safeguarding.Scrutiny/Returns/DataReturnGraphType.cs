namespace Safeguarding.Scrutiny.Returns;

public sealed class DataReturnGraphType() : RecordGraphType<DataReturnView>("DataReturn", "A figure an agency supplied for a measure and quarter.");
