namespace Safeguarding.Adolescents.Intelligence;

/// <summary>Who an adult of concern is, shown only with a stated purpose; every read is recorded in the audit log first.</summary>
public sealed class AdultOfConcernDetailsReads(IAuditLog audit)
{
    public const string ReadAction = "adult-of-concern.read";

    public async Task<AdultOfConcern> ReadAsync(AdultOfConcern adult, string? purpose, string actor, CancellationToken ct)
    {
        new InputCheck().RequirePurpose(purpose, "you need to see who the adult is").ThrowIfInvalid();
        await audit.RecordAsync(new AuditEntry(actor, ReadAction, Field: "details", Purpose: purpose!.Trim(),
            Module: AdolescentsModule.ModuleName, Detail: $"Adult of concern {adult.Reference}"), ct);
        return adult;
    }
}
