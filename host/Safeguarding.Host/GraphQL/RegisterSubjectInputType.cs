namespace Safeguarding.Host.GraphQL;

public sealed class RegisterSubjectInputType : RecordInputGraphType<RegisterSubjectInput>
{
    public RegisterSubjectInputType() : base("RegisterSubjectInput")
    {
        Required(x => x.DateOfBirth, x => x.Module);
    }
}
