using Safeguarding.Csa.Indicators;
using Safeguarding.Csa.Persistence;

namespace Safeguarding.Csa;

/// <summary>A child's whole CSA record, as the subject view shows it. Every read is audited.</summary>
public sealed class ChildRecords(CsaDbContext db, Chronologies chronologies, IAuditLog audit)
{
    /// <summary>The chronology and flags, harmful sexual behaviour, support referrals and sexual abuse plans of a child, read by <paramref name="reader"/>.</summary>
    public async Task<CsaSubjectView> ReadAsync(Guid subjectId, string reader, CancellationToken ct)
    {
        await audit.RecordChildReadAsync(reader, subjectId, "Subject.csa", ct);
        var chronology = await chronologies.OfChildAsync(subjectId, ct);
        var hsb = await db.HsbIncidents.AsNoTracking().Where(i => i.SubjectId == subjectId).OrderBy(i => i.OccurredOn).ToListAsync(ct);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.SubjectId == subjectId).OrderBy(r => r.ReferredOn).ToListAsync(ct);
        var plans = await db.SexualAbusePlans.AsNoTracking().Where(p => p.SubjectId == subjectId).OrderBy(p => p.StartedOn).ToListAsync(ct);
        return new CsaSubjectView(chronology, hsb, referrals, plans);
    }
}
