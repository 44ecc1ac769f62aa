namespace Safeguarding.Host.GraphQL;

public sealed class RegisterSubjectInputType() : RecordInputGraphType<RegisterSubjectInput>("RegisterSubjectInput");
