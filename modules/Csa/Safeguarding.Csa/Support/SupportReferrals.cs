using Microsoft.Extensions.Options;
using Safeguarding.Csa.Persistence;

namespace Safeguarding.Csa.Support;

/// <summary>Refers children to support services, records when support starts, and reads back the gaps and unmet referrals.</summary>
public sealed class SupportReferrals(CsaDbContext db, ISubjectRegistry registry, TimeProvider clock, IOptions<SupportOptions> options)
{
    /// <summary>Refers a registered child, by the caller's agency.</summary>
    public async Task<SupportReferral> MakeAsync(MakeCsaSupportReferralInput input, string referringAgency, CancellationToken ct)
    {
        var today = clock.Today();
        var check = new InputCheck();
        var subjectId = check.ParseId(input.SubjectId, "subjectId", "The child's subject id");
        SupportReferral.Check(check, input.Referral!, today, "referral.").ThrowIfInvalid();
        await registry.RequireChildAsync(subjectId, ct);
        var (referral, made) = SupportReferral.Make(subjectId, input.Referral!, referringAgency, hsbIncidentId: null, today);
        db.Referrals.Add(referral);
        db.Publish(made);
        await db.SaveChangesAsync(ct);
        await registry.EnrolInCsaAsync(subjectId, ct);
        return referral;
    }

    /// <summary>Support started for a referral; <paramref name="check"/> holds the referral id's problems, if any.</summary>
    public async Task<SupportReferral> StartAsync(Guid referralId, DateOnly startedOn, InputCheck check, CancellationToken ct)
    {
        var today = clock.Today();
        SupportReferral.CheckStart(check, startedOn, today).ThrowIfInvalid();
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, ct) ?? throw DomainException.NotFound("support referral", referralId);
        db.Publish(referral.Start(startedOn, today));
        await db.SaveChangesAsync(ct);
        return referral;
    }

    /// <summary>Per service, as of a day (default today): referrals, waiting times, and those unmet.</summary>
    public async Task<List<ServiceGap>> GapsAsync(DateOnly? asOf, DisclosureControl rule, CancellationToken ct)
    {
        var day = asOf ?? clock.Today();
        var unmetAfter = options.Value.UnmetAfterDays;
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.ReferredOn <= day).ToListAsync(ct);
        return referrals.GroupBy(r => (r.Service, r.Kind)).OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.Service).Select(g =>
        {
            var started = g.Where(r => r.StartedOn <= day).ToList();
            var waiting = g.Where(r => !(r.StartedOn <= day)).ToList();
            return ServiceGap.Of(g.Key.Service, g.Key.Kind, g.Count(), started.Count,
                started.Count == 0 ? null : Math.Round((decimal)started.Average(r => r.WaitingDays!.Value), 1, MidpointRounding.AwayFromZero),
                waiting.Count(r => !r.Commissioned),
                waiting.Count(r => r.Commissioned && day.DayNumber - r.ReferredOn.DayNumber > unmetAfter),
                waiting.Count == 0 ? null : waiting.Max(r => day.DayNumber - r.ReferredOn.DayNumber), rule);
        }).ToList();
    }

    /// <summary>Referrals unmet as of a day (default today), longest waiting first, a page at a time.</summary>
    public async Task<Page<SupportReferral>> UnmetAsync(DateOnly? asOf, PageRequest page, CancellationToken ct)
    {
        var day = asOf ?? clock.Today();
        var unmetAfter = options.Value.UnmetAfterDays;
        // Unmet is the referral's own rule: worked out in memory over those waiting, and the queue paged there.
        var waiting = await db.Referrals.AsNoTracking().Where(r => r.StartedOn == null && r.ReferredOn <= day).ToListAsync(ct);
        return await waiting.Where(r => r.IsUnmetOn(day, unmetAfter)).AsQueryable().PageOldestFirstAsync(page, r => r.ReferredOn, r => r.Id, ct);
    }
}
