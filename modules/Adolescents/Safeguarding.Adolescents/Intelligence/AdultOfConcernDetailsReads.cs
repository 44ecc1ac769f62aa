using System.Security.Claims;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>
/// Who an adult of concern is, shown only with a stated purpose. An adult the registry holds is read through it: its
/// access rules apply and it audits the read. An adult held here by name is audited here before the answer.
/// </summary>
public sealed class AdultOfConcernDetailsReads(IAuditLog audit, ISubjectRegistry registry)
{
    public const string ReadAction = "adult-of-concern.read";

    public async Task<AdultOfConcernDetails> ReadAsync(AdultOfConcern adult, string? purpose, ClaimsPrincipal caller, CancellationToken ct)
    {
        new InputCheck().RequirePurpose(purpose, "you need to see who the adult is").ThrowIfInvalid();
        if (adult.SubjectId is { } subject)
        {
            var identity = await registry.ReadIdentityAsync(new SubjectId(subject), caller, "details", purpose!.Trim(), ct);
            var person = identity.Person;
            return new AdultOfConcernDetails(identity.Name, person?.OtherNames.FirstOrDefault(), adult.Notes, identity.DateOfBirth, person?.PolicePersonReference);
        }
        await audit.RecordAsync(new AuditEntry(caller.Actor(), ReadAction, Field: "details", Purpose: purpose!.Trim(),
            Module: AdolescentsModule.ModuleName, Detail: $"Adult of concern {adult.Reference}"), ct);
        return new AdultOfConcernDetails(adult.Name!, adult.KnownAs, adult.Notes, null, null);
    }
}
