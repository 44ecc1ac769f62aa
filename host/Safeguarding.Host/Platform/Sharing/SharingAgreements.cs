namespace Safeguarding.Host.Platform.Sharing;

/// <summary>The partnership's register of information-sharing agreements, kept by the data protection officer and administrators.</summary>
public sealed class SharingAgreements(PlatformDbContext db, IAuditLog audit, TimeProvider clock)
{
    public const string RecordedAction = "sharing-agreement.recorded";

    /// <summary>The register, by tier then title.</summary>
    public async Task<IReadOnlyList<SharingAgreement>> ListAsync(CancellationToken ct) =>
        (await db.SharingAgreements.AsNoTracking().ToListAsync(ct)).OrderBy(a => a.Tier).ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Adds an agreement to the register, or revises one (its id given); audited.</summary>
    public async Task<SharingAgreement> RecordAsync(SharingAgreementTerms terms, ClaimsPrincipal by, CancellationToken ct)
    {
        var id = terms.Id is null ? (Guid?)null : InputCheck.Id(terms.Id, "id", "The agreement");
        var now = clock.GetUtcNow();
        SharingAgreement agreement;
        if (id is { } existing)
        {
            agreement = await db.SharingAgreements.FirstOrDefaultAsync(a => a.Id == existing, ct) ?? throw DomainException.NotFound("sharing agreement", existing);
            agreement.Revise(terms, by.Actor(), now);
        }
        else db.SharingAgreements.Add(agreement = SharingAgreement.Record(terms, by.Actor(), now));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEntry(by.Actor(), RecordedAction, Detail: $"{(id is null ? "Added" : "Revised")} agreement {agreement.Id} (tier {agreement.Tier}, review by {agreement.ReviewBy:yyyy-MM-dd})"), ct);
        return agreement;
    }
}
