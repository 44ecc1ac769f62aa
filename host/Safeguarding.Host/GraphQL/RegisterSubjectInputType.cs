namespace Safeguarding.Host.GraphQL;

public sealed class RegisterSubjectInputType : RecordInputGraphType<RegisterSubjectInput>
{
    public RegisterSubjectInputType() : base("RegisterSubjectInput")
    {
        ShownAs<PersonSexGraphType>(x => x.Sex);
        ShownAs<PersonAddressInputType>(x => x.Addresses);
        Required(x => x.DateOfBirth);
    }
}
