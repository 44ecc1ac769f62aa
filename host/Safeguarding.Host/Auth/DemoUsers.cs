using System.Security.Claims;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Host.Auth;

/// <summary>The people of the demo partnership, one per kind of user. Tokens for them exist only in Development.</summary>
public static class DemoUsers
{
    /// <param name="Claims">Further claims, e.g. a school's key adult's <c>setting</c> (the id of their education setting).</param>
    public sealed record DemoUser(string UserName, string DisplayName, string Role, string Agency, IReadOnlyList<string> WorkingGroups, string Description,
        IReadOnlyDictionary<string, string>? Claims = null);

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("alex.admin", "Alex Admin", PartnershipRoles.Administrator, "Plymouth City Council", [], "Partnership business unit administrator: switches modules, keeps reference data."),
        new("sam.scrutineer", "Sam Scrutineer", PartnershipRoles.Scrutineer, "Independent scrutiny", [], "The independent scrutineer: whole-partnership views only."),
        new("gina.governance", "Gina Governance", PartnershipRoles.Practitioner, "Plymouth City Council", ["Governance"], "Partnership manager: records meetings, decisions and actions."),
        new("nina.neglect", "Nina Neglect", PartnershipRoles.Practitioner, "Livewell Southwest", ["Neglect"], "Health visitor in the Neglect working group."),
        new("adam.adolescents", "Adam Adolescents", PartnershipRoles.Practitioner, "Devon and Cornwall Police", ["Adolescents"], "Police officer on the Daily Intelligence Briefing."),
        new("dana.domesticabuse", "Dana Domestic-Abuse", PartnershipRoles.Practitioner, "First Light", ["DomesticAbuse"], "Domestic abuse practitioner."),
        new("carla.csa", "Carla CSA", PartnershipRoles.Practitioner, "NSPCC", ["Csa"], "Practitioner in the Child Sexual Abuse working group."),
        new("pat.practitioner", "Pat Practitioner", PartnershipRoles.Practitioner, "Plymouth City Council", ["Neglect", "Csa"], "Social worker in both the Neglect and CSA working groups."),
        // The setting is the demo "Example Primary School (demo)" (DomesticAbuseDemoIds.ExamplePrimarySchool).
        new("kim.keyadult", "Kim Key-Adult", PartnershipRoles.Practitioner, "Example Primary School (demo)", [], "A school's key adult for Operation Encompass: sees and acknowledges only their setting's notifications.",
            new Dictionary<string, string> { ["setting"] = "5e771a90-0000-4000-8000-00000000e001" }),
        new("fin.funding", "Fin Funding", PartnershipRoles.Practitioner, "Plymouth City Council", ["Funding"], "Business unit finance officer."),
    ];

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
