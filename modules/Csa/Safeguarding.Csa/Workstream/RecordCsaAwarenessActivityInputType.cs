namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaAwarenessActivityInputType() : RecordInputGraphType<RecordCsaAwarenessActivityInput>("RecordCsaAwarenessActivityInput");
