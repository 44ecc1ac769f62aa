namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// A practitioner allocated to a child by the demo manager of a working group holding the child, as a test needs a
/// reader with a legitimate relationship other than the practitioner who registered the child.
/// </summary>
public static class Allocations
{
    private static readonly Dictionary<string, string> ManagerOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Neglect"] = "morgan.manager",
        ["DomesticAbuse"] = "dale.manager",
    };

    public static async Task AllocateAsync(this PartnershipHost host, string subject, string practitioner, string module = "Neglect") =>
        (await host.As(ManagerOf[module]).SendAsync("mutation($s: ID!, $p: String!, $m: String!) { allocatePractitioner(subjectId: $s, practitioner: $p, module: $m) { id } }",
            new { s = subject, p = practitioner, m = module })).AssertOk();
}
