using Safeguarding.Governance.Calendar;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.CaseResolution;

/// <summary>
/// Raises, escalates and resolves professional disagreements under the case resolution protocol, and reads them back.
/// Each change is one save: the disagreement, its new step and the event that announces it.
/// </summary>
public sealed class ProfessionalDisagreements(GovernanceDbContext db, IBankHolidayCalendar bankHolidays, TimeProvider clock)
{
    /// <summary>Every disagreement, newest raised first, a page at a time.</summary>
    public Task<Page<ProfessionalDisagreement>> ListAsync(PageRequest page, CancellationToken ct) =>
        db.Disagreements.AsNoTracking().PageNewestFirstAsync(page, d => d.RaisedOn, d => d.Id, ct);

    /// <summary>
    /// Unresolved disagreements whose current stage passed its time limit on <paramref name="asOf"/> (default today),
    /// longest overdue first, a page at a time.
    /// </summary>
    public Task<Page<ProfessionalDisagreement>> OverdueStagesAsync(DateOnly? asOf, PageRequest page, CancellationToken ct)
    {
        var day = asOf ?? clock.Today();
        return db.Disagreements.AsNoTracking().Where(d => d.ResolvedOn == null && d.StageDueOn < day).PageOldestFirstAsync(page, d => d.StageDueOn, d => d.Id, ct);
    }

    /// <summary>A disagreement one current partner raises with another, today unless dated.</summary>
    public async Task<ProfessionalDisagreement> RaiseAsync(RaiseDisagreementInput input, CancellationToken ct)
    {
        var today = clock.Today();
        var raisedOn = input.RaisedOn ?? today;
        var check = new InputCheck();
        var by = check.ParseId(input.RaisedByPartnerId, "raisedByPartnerId", "The agency raising it");
        var against = check.ParseId(input.AgainstPartnerId, "againstPartnerId", "The other agency");
        ProfessionalDisagreement.CheckRaise(check, by, against, input.Summary, raisedOn, today);
        await db.CurrentPartnerAsync(by, "raisedByPartnerId", ct);
        await db.CurrentPartnerAsync(against, "againstPartnerId", ct);
        var disagreement = ProfessionalDisagreement.Raise(by, against, input.Summary, raisedOn, today, await WorkingDayCalendar.CurrentAsync(bankHolidays, ct));
        db.Disagreements.Add(disagreement);
        db.Publish(disagreement.Raised());
        await db.SaveChangesAsync(ct);
        return disagreement;
    }

    public async Task<ProfessionalDisagreement> EscalateAsync(MoveDisagreementInput input, CancellationToken ct)
    {
        var (disagreement, on, today) = await LoadForMoveAsync(input, ct);
        var (step, escalated) = disagreement.Escalate(on, input.Note, today, await WorkingDayCalendar.CurrentAsync(bankHolidays, ct));
        db.EscalationSteps.Add(step);
        db.Publish(escalated);
        await db.SaveChangesAsync(ct);
        return disagreement;
    }

    public async Task<ProfessionalDisagreement> ResolveAsync(MoveDisagreementInput input, CancellationToken ct)
    {
        var (disagreement, on, today) = await LoadForMoveAsync(input, ct);
        var (step, resolved) = disagreement.Resolve(on, input.Note, today);
        db.EscalationSteps.Add(step);
        db.Publish(resolved);
        await db.SaveChangesAsync(ct);
        return disagreement;
    }

    /// <summary>The disagreement to move on, with its steps (the next is numbered after them), once the request itself is sound.</summary>
    private async Task<(ProfessionalDisagreement Disagreement, DateOnly On, DateOnly Today)> LoadForMoveAsync(MoveDisagreementInput input, CancellationToken ct)
    {
        var today = clock.Today();
        var on = input.On ?? today;
        var check = new InputCheck();
        var id = check.ParseId(input.DisagreementId, "disagreementId", "The disagreement");
        ProfessionalDisagreement.CheckMove(check, input.Note, on, today);
        var disagreement = await db.Disagreements.Include(d => d.Steps).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw DomainException.NotFound("professional disagreement", id);
        return (disagreement, on, today);
    }
}
