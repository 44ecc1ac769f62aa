using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse.Enquiries;

/// <summary>Raises and removes "risk of domestic abuse" alerts on registered children's hospital records.</summary>
public sealed class HospitalAlerts(DomesticAbuseDbContext db, ISubjectRegistry registry, TimeProvider clock)
{
    public const string DefaultReason = "Risk of domestic abuse";

    public async Task<HospitalAlert> RaiseAsync(string? subjectId, string? reason, string raisedBy, string agency, CancellationToken ct)
    {
        var check = new InputCheck();
        var subject = check.ParseId(subjectId, "subjectId", "The child's subject id");
        HospitalAlert.CheckReason(check, reason).ThrowIfInvalid();
        await registry.RequireChildAsync(subject, ct);
        var alert = HospitalAlert.Raise(subject, reason, raisedBy, agency, clock.Today(), await ActiveAsync(subject, ct));
        db.HospitalAlerts.Add(alert);
        await db.SaveChangesAsync(ct);
        await registry.EnrolAsync(new SubjectId(subject), DomesticAbuseModule.ModuleName, ct);
        return alert;
    }

    public async Task<HospitalAlert> RemoveAsync(string? subjectId, string? reason, CancellationToken ct)
    {
        var check = new InputCheck();
        var subject = check.ParseId(subjectId, "subjectId", "The child's subject id");
        HospitalAlert.CheckRemovalReason(check, reason).ThrowIfInvalid();
        var alert = await db.HospitalAlerts.FirstOrDefaultAsync(a => a.SubjectId == subject && a.RemovedOn == null, ct)
                    ?? throw new DomainException(ErrorCodes.NotFound, "The child has no active hospital alert.");
        alert.Remove(reason, clock.Today());
        await db.SaveChangesAsync(ct);
        return alert;
    }

    /// <summary>The child's active alert, if any.</summary>
    public Task<HospitalAlert?> ActiveAsync(Guid subjectId, CancellationToken ct) =>
        db.HospitalAlerts.AsNoTracking().FirstOrDefaultAsync(a => a.SubjectId == subjectId && a.RemovedOn == null, ct);
}
