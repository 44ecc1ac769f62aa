namespace Safeguarding.Host.GraphQL;

public sealed class RegisterSubjectInput
{
    /// <summary>The module (working group) you record this child in.</summary>
    public string? Module { get; set; }
    public string? Name { get; set; }
    public DateOnly DateOfBirth { get; set; }
    /// <summary>Ten digits; spaces are ignored.</summary>
    public string? NhsNumber { get; set; }
}
