namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordAdultOfConcernInputType() : RecordInputGraphType<RecordAdultOfConcernInput>("RecordAdultOfConcernInput");
