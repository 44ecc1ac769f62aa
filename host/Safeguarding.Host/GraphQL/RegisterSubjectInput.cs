namespace Safeguarding.Host.GraphQL;

/// <summary>A person to register, and the module (working group) that records them.</summary>
public sealed class RegisterSubjectInput : PersonIdentityInput
{
    /// <summary>The module (working group) you record this person in.</summary>
    public string? Module { get; set; }

    /// <summary>The person to register, or null with every problem recorded in <paramref name="check"/>, the module's first.</summary>
    public PersonIdentity? ToIdentity(InputCheck check, DateOnly today)
    {
        check.RequireText(Module, "module", "The module", 100);
        return ToIdentity(check, today, at: "");
    }
}
