using System.Security.Claims;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>The agency a practitioner records for: the <c>agency</c> claim of their token.</summary>
public static class PractitionerAgency
{
    public const string Unknown = "Unknown agency";

    public static string Of(ClaimsPrincipal user) =>
        user.FindFirst(PartnershipClaims.Agency)?.Value is { Length: > 0 } agency ? agency : Unknown;
}
