using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.Governance.Contracts.Agencies;

namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>MARAC referrals by meeting, and the actions agreed for each agency and their completion.</summary>
public sealed class MaracReferrals(DomesticAbuseDbContext db, TimeProvider clock)
{
    /// <summary>
    /// By meeting date, the earliest first, as the meetings' agendas are read, a page at a time: from
    /// <paramref name="meetingFrom"/> (default today) to <paramref name="meetingTo"/> (default no end).
    /// </summary>
    public async Task<Page<MaracReferral>> ListAsync(DateOnly? meetingFrom, DateOnly? meetingTo, PageRequest page, CancellationToken ct)
    {
        var from = meetingFrom ?? clock.Today();
        new InputCheck().Require(meetingTo is null || meetingTo >= from, "meetingTo", "The last meeting day must be on or after the first.").ThrowIfInvalid();
        var referrals = WithActions().Where(r => r.MeetingOn >= from);
        if (meetingTo is { } to) referrals = referrals.Where(r => r.MeetingOn <= to);
        return await referrals.PageOldestFirstAsync(page, r => r.MeetingOn, r => r.Id, ct);
    }

    /// <summary>The referrals these assessments made (those that were high risk).</summary>
    public Task<List<MaracReferral>> ForAssessmentsAsync(IReadOnlyList<Guid> assessments, CancellationToken ct) =>
        WithActions().Where(r => assessments.Contains(r.AssessmentId)).ToListAsync(ct);

    public async Task<MaracReferral> AddActionAsync(AddMaracActionInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var referralId = check.ParseId(input.ReferralId, "referralId", "The MARAC referral");
        var agency = (await PartnershipAgencies.LoadAsync(db.Agencies, ct)).Resolve(input.Agency, check, "agency", "The agency");
        MaracReferral.CheckAction(check, input.Action).ThrowIfInvalid();
        var referral = await db.MaracReferrals.Include(r => r.Actions).FirstOrDefaultAsync(r => r.Id == referralId, ct)
                       ?? throw DomainException.NotFound("MARAC referral", referralId);
        referral.AddAction(agency!, input.Action, input.DueOn);
        await db.SaveChangesAsync(ct);
        return referral;
    }

    public async Task<MaracAction> CompleteActionAsync(string? actionId, DateOnly? completedOn, CancellationToken ct)
    {
        var today = clock.Today();
        var on = completedOn ?? today;
        var check = new InputCheck();
        var id = check.ParseId(actionId, "actionId", "The MARAC action");
        MaracAction.CheckCompletedOn(check, on, today).ThrowIfInvalid();
        var action = await db.MaracActions.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw DomainException.NotFound("MARAC action", id);
        action.Complete(on, today);
        await db.SaveChangesAsync(ct);
        return action;
    }

    private IQueryable<MaracReferral> WithActions() => db.MaracReferrals.AsNoTracking().Include(r => r.Actions);
}
