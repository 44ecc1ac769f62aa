using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.QualityAssurance;

/// <summary>Plans multi-agency case audits, records each agency's grade, completes them and compares a repeat with the earlier audit.</summary>
public sealed class CaseAudits(GovernanceDbContext db, TimeProvider clock)
{
    /// <summary>Every audit, by quarter then topic, a page at a time.</summary>
    public Task<Page<CaseAudit>> ListAsync(PageRequest page, CancellationToken ct) =>
        db.CaseAudits.AsNoTracking().PageAsync(page, ListOrder<CaseAudit>.Ascending(a => a.Quarter).ThenAscending(a => a.Topic).ThenAscending(a => a.Id), ct);

    /// <summary>Each agency of a repeat audit or of the audit it repeats: its grade in both, and whether it changed; by agency name.</summary>
    public async Task<IReadOnlyList<AuditComparisonRow>> CompareAsync(Guid repeatAuditId, CancellationToken ct)
    {
        var repeat = await db.CaseAudits.AsNoTracking().FirstOrDefaultAsync(a => a.Id == repeatAuditId, ct)
            ?? throw DomainException.NotFound("case audit", repeatAuditId);
        var earlierId = repeat.RequireRepeatedAudit();
        var rows = await db.CaseAuditAgencies.AsNoTracking().Where(a => a.AuditId == repeatAuditId || a.AuditId == earlierId).ToListAsync(ct);
        var partners = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        return rows.Select(r => r.PartnerId).Distinct().Select(p =>
        {
            var earlier = rows.FirstOrDefault(r => r.AuditId == earlierId && r.PartnerId == p)?.Grade;
            var later = rows.FirstOrDefault(r => r.AuditId == repeatAuditId && r.PartnerId == p)?.Grade;
            return new AuditComparisonRow(partners[p], earlier, later, AuditGrades.Change(earlier, later));
        }).OrderBy(r => r.Partner.Name).ToList();
    }

    public async Task<CaseAudit> PlanAsync(CreateCaseAuditInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var ids = (input.AgencyPartnerIds ?? []).Select((t, i) => check.ParseId(t, $"agencyPartnerIds[{i}]", "The agency")).ToList();
        Guid? repeatOf = input.RepeatOfAuditId is null ? null : check.ParseId(input.RepeatOfAuditId, "repeatOfAuditId", "The earlier audit");
        var audit = CaseAudit.Plan(input.Topic, input.Quarter, ids, repeatOf, check);
        await db.CurrentPartnersAsync(ids, "agencyPartnerIds", ct);
        if (repeatOf is { } earlierId)
        {
            var earlier = await db.CaseAudits.AsNoTracking().FirstOrDefaultAsync(a => a.Id == earlierId, ct) ?? throw DomainException.NotFound("case audit", earlierId);
            earlier.RequireCompletedForRepeat();
        }
        db.CaseAudits.Add(audit);
        await db.SaveChangesAsync(ct);
        return audit;
    }

    public async Task<CaseAudit> GradeAsync(GradeCaseAuditAgencyInput input, CancellationToken ct)
    {
        var grading = AuditGrading.Of(input);
        var audit = await LoadAsync(grading.AuditId, ct);
        audit.Grade(grading);
        await db.SaveChangesAsync(ct);
        return audit;
    }

    /// <summary>Completes an audit on <paramref name="completedOn"/> (default today, never later).</summary>
    public async Task<CaseAudit> CompleteAsync(string? auditId, DateOnly? completedOn, CancellationToken ct)
    {
        var today = clock.Today();
        var day = completedOn ?? today;
        var check = new InputCheck();
        var id = check.ParseId(auditId, "auditId", "The audit");
        check.Require(day <= today, "completedOn", "An audit cannot be completed on a future date.").ThrowIfInvalid();
        var audit = await LoadAsync(id, ct);
        db.Publish(audit.Complete(day));
        await db.SaveChangesAsync(ct);
        return audit;
    }

    private async Task<CaseAudit> LoadAsync(Guid id, CancellationToken ct) =>
        await db.CaseAudits.Include(a => a.Agencies).FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw DomainException.NotFound("case audit", id);
}
