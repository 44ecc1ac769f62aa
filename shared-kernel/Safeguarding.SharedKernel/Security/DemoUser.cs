namespace Safeguarding.SharedKernel.Security;

/// <summary>
/// A person of the demo partnership, who can sign in without a password where the host allows it (Development and the
/// tests). The host offers the partnership-wide people (an administrator, the scrutineer); each module offers the
/// practitioners of its working group through <see cref="Modules.PartnershipModule.DemoUsers"/>.
/// </summary>
/// <param name="Claims">Further claims, e.g. a school's key adult's <c>setting</c> (the id of their education setting).</param>
public sealed record DemoUser(string UserName, string DisplayName, string Role, string Agency, IReadOnlyList<string> WorkingGroups, string Description,
    IReadOnlyDictionary<string, string>? Claims = null);
