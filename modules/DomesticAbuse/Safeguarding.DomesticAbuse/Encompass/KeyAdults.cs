using System.Security.Claims;

namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>
/// A school's key adult is a practitioner whose token carries a <c>setting</c> claim with the id of their setting.
/// They are not in the Domestic Abuse working group: they see, and acknowledge, their own setting's Operation Encompass
/// notifications and nothing else of the module.
/// </summary>
public static class KeyAdults
{
    public const string SettingClaim = "setting";

    public static Guid? SettingOf(ClaimsPrincipal user) =>
        user.IsPractitioner() && Guid.TryParse(user.FindFirst(SettingClaim)?.Value, out var id) && id != Guid.Empty ? id : null;

    /// <summary>
    /// The setting whose notifications the caller may see: any (null) for the working group, filtered by
    /// <paramref name="requested"/> if given; their own for a key adult (FORBIDDEN if they ask for another); FORBIDDEN otherwise.
    /// </summary>
    public static Guid? ScopeFor(ClaimsPrincipal user, Guid? requested)
    {
        if (user.IsMemberOf(DomesticAbuseModule.ModuleName)) return requested;
        var own = SettingOf(user) ?? throw DomainException.Forbidden("Operation Encompass notifications are for the Domestic Abuse working group and each school's key adult.");
        if (requested is { } other && other != own) throw DomainException.Forbidden("A key adult sees only their own setting's notifications.");
        return own;
    }
}
