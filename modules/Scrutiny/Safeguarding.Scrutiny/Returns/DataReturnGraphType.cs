namespace Safeguarding.Scrutiny.Returns;

public sealed class DataReturnGraphType() : RecordGraphType<DataReturn>("DataReturn", "A figure an agency supplied for a measure and quarter.");
