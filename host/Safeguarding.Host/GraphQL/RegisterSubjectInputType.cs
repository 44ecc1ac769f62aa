namespace Safeguarding.Host.GraphQL;

public sealed class RegisterSubjectInputType : RecordInputGraphType<RegisterSubjectInput>
{
    public RegisterSubjectInputType() : base("RegisterSubjectInput")
    {
        Describe(x => x.Module, "The module (working group) you record this child in.");
        Describe(x => x.NhsNumber, "Ten digits; spaces are ignored.");
    }
}
