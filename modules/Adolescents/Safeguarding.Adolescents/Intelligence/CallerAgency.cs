using System.Security.Claims;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>The agency the signed-in practitioner works for: intelligence is from it unless another agency is named.</summary>
internal static class CallerAgency
{
    public static string Of(ClaimsPrincipal user) =>
        user.FindFirst(PartnershipClaims.Agency)?.Value is { Length: > 0 } agency ? agency : "Unknown agency";
}
