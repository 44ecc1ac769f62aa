using System.Security.Claims;

namespace Safeguarding.SharedKernel.Security;

/// <summary>The four roles of the partnership. A role is a JWT "role" claim.</summary>
public static class PartnershipRoles
{
    /// <summary>Manages modules and reference data. Reads no child's identity.</summary>
    public const string Administrator = "Administrator";
    /// <summary>The independent scrutineer: whole-partnership aggregates only, never a child's identity.</summary>
    public const string Scrutineer = "Scrutineer";
    /// <summary>A professional in one or more working groups; reaches the personal data of those modules only.</summary>
    public const string Practitioner = "Practitioner";
    /// <summary>
    /// The partnership's data protection officer: reads the audit trail of who saw what and why, and answers for the
    /// partnership's handling of personal data. Sees what that needs; changes no record.
    /// </summary>
    public const string DataProtectionOfficer = "DataProtectionOfficer";

    public static readonly IReadOnlyList<string> All = [Administrator, Scrutineer, Practitioner, DataProtectionOfficer];
}

public static class PartnershipClaims
{
    /// <summary>One claim per working group (module name) a practitioner belongs to.</summary>
    public const string WorkingGroup = "working_group";
    /// <summary>The partner agency the user works for.</summary>
    public const string Agency = "agency";
    /// <summary>
    /// One claim per working group (module name) the practitioner manages: a manager allocates the group's practitioners to
    /// children and grants them access to a child's identity and detail.
    /// </summary>
    public const string Manages = "manages";
    public const string DisplayName = "name";
}

/// <summary>Who may reach a field. Combine with |.</summary>
[Flags]
public enum Access
{
    None = 0,
    Administrator = 1,
    Scrutineer = 2,
    /// <summary>A practitioner who is a member of the working group of the module that owns the field.</summary>
    WorkingGroupMember = 4,
    /// <summary>Any practitioner, whatever their groups.</summary>
    AnyPractitioner = 8,
    DataProtectionOfficer = 16,
    AnySignedIn = Administrator | Scrutineer | WorkingGroupMember | AnyPractitioner | DataProtectionOfficer,
}

public static class CallerExtensions
{
    public static string Actor(this ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value ?? user.Identity?.Name ?? "anonymous";

    /// <summary>The agency the person works for (their token's <c>agency</c> claim): what a record they make is from.</summary>
    public static string Agency(this ClaimsPrincipal user) =>
        user.FindFirst(PartnershipClaims.Agency)?.Value is { Length: > 0 } agency ? agency : "Unknown agency";

    public static bool IsAdministrator(this ClaimsPrincipal user) => user.IsInRole(PartnershipRoles.Administrator);
    public static bool IsScrutineer(this ClaimsPrincipal user) => user.IsInRole(PartnershipRoles.Scrutineer);
    public static bool IsPractitioner(this ClaimsPrincipal user) => user.IsInRole(PartnershipRoles.Practitioner);
    public static bool IsDataProtectionOfficer(this ClaimsPrincipal user) => user.IsInRole(PartnershipRoles.DataProtectionOfficer);

    public static IReadOnlySet<string> WorkingGroups(this ClaimsPrincipal user) =>
        user.FindAll(PartnershipClaims.WorkingGroup).Select(c => c.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsMemberOf(this ClaimsPrincipal user, string module) =>
        user.IsPractitioner() && user.HasClaim(c => c.Type == PartnershipClaims.WorkingGroup && string.Equals(c.Value, module, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the person is a practitioner who manages <paramref name="module"/>'s working group (and is in it).</summary>
    public static bool Manages(this ClaimsPrincipal user, string module) =>
        user.IsMemberOf(module) && user.HasClaim(c => c.Type == PartnershipClaims.Manages && string.Equals(c.Value, module, StringComparison.OrdinalIgnoreCase));

    public static bool Allows(this ClaimsPrincipal user, Access access, string? module)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (access.HasFlag(Access.Administrator) && user.IsAdministrator()) return true;
        if (access.HasFlag(Access.Scrutineer) && user.IsScrutineer()) return true;
        if (access.HasFlag(Access.AnyPractitioner) && user.IsPractitioner()) return true;
        if (access.HasFlag(Access.DataProtectionOfficer) && user.IsDataProtectionOfficer()) return true;
        if (access.HasFlag(Access.WorkingGroupMember) && module is not null && user.IsMemberOf(module)) return true;
        return false;
    }
}
