using Safeguarding.Host.Composition;

namespace Safeguarding.Host.Auth;

/// <summary>
/// The people of the demo partnership, one per kind of user: the host's partnership-wide people and each module's
/// practitioners (<see cref="PartnershipModule.DemoUsers"/>). Tokens for them exist only in Development.
/// </summary>
public static class DemoUsers
{
    private static readonly IReadOnlyList<DemoUser> PartnershipWide =
    [
        new("alex.admin", "Alex Admin", PartnershipRoles.Administrator, "Plymouth City Council", [], "Partnership business unit administrator: switches modules, keeps reference data."),
        new("sam.scrutineer", "Sam Scrutineer", PartnershipRoles.Scrutineer, "Independent scrutiny", [], "The independent scrutineer: whole-partnership views only."),
        new("dee.dpo", "Dee Protection", PartnershipRoles.DataProtectionOfficer, "Plymouth City Council", [],
            "The partnership's data protection officer: who saw what and why; changes no record."),
    ];

    public static readonly IReadOnlyList<DemoUser> All = [.. PartnershipWide, .. ModuleDiscovery.Discover().SelectMany(m => m.DemoUsers)];

    /// <summary>A demo user's claims, as in their bearer token and their web sign-in.</summary>
    public static List<Claim> Claims(DemoUser user)
    {
        var claims = new List<Claim>
        {
            new("sub", user.UserName),
            new(PartnershipClaims.DisplayName, user.DisplayName),
            new("role", user.Role),
            new(PartnershipClaims.Agency, user.Agency),
        };
        claims.AddRange(user.WorkingGroups.Select(g => new Claim(PartnershipClaims.WorkingGroup, g)));
        claims.AddRange((user.Claims ?? new Dictionary<string, string>()).Select(c => new Claim(c.Key, c.Value)));
        return claims;
    }

    public static DemoUser? Find(string userName) =>
        All.FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.OrdinalIgnoreCase));
}
