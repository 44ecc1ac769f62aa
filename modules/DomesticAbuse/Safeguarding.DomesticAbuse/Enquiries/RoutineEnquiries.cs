using System.Security.Claims;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.DomesticAbuse.Trend;

namespace Safeguarding.DomesticAbuse.Enquiries;

/// <summary>Records routine enquiries about domestic abuse and counts them by agency.</summary>
public sealed class RoutineEnquiries(DomesticAbuseDbContext db, TimeProvider clock)
{
    public const string NotAWorkingGroupMember = "Routine enquiries are recorded by practitioners of the partnership's working groups. A school's key adult " +
                                                 "receives Operation Encompass notifications and records no enquiries: ask your designated safeguarding lead.";

    /// <summary>
    /// Records an enquiry made in the practitioner's agency. Routine enquiry is made in every agency, so any member of a
    /// working group records it; a practitioner in none (a school's key adult) is refused (FORBIDDEN).
    /// </summary>
    public async Task<RoutineEnquiry> RecordAsync(RoutineEnquiryInput input, ClaimsPrincipal practitioner, CancellationToken ct)
    {
        if (practitioner.WorkingGroups().Count == 0) throw DomainException.Forbidden(NotAWorkingGroupMember);
        var enquiry = RoutineEnquiry.Record(input.EnquiredOn, input.Asked, input.Disclosed, input.SupportOffered, practitioner.Agency(), practitioner.Actor(), clock.Today());
        db.RoutineEnquiries.Add(enquiry);
        await db.SaveChangesAsync(ct);
        return enquiry;
    }

    /// <summary>Counts only, per agency, for enquiries made in the period.</summary>
    public async Task<IReadOnlyList<RoutineEnquiryCount>> ByAgencyAsync(ReportingPeriod period, DisclosureControl rule, CancellationToken ct)
    {
        var (from, to) = period;
        var rows = await db.RoutineEnquiries.AsNoTracking().Where(e => e.EnquiredOn >= from && e.EnquiredOn <= to)
            .GroupBy(e => e.Agency)
            .Select(g => new { Agency = g.Key, Recorded = g.Count(), Asked = g.Count(e => e.Asked), Disclosed = g.Count(e => e.Disclosed), Offered = g.Count(e => e.SupportOffered) })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Agency).Select(r => RoutineEnquiryCount.Of(r.Agency, r.Recorded, r.Asked, r.Disclosed, r.Offered, rule)).ToList();
    }
}
