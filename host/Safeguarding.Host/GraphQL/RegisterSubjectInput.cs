namespace Safeguarding.Host.GraphQL;

public sealed class RegisterSubjectInput
{
    public string? Module { get; set; }
    public string? Name { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public string? NhsNumber { get; set; }
}
