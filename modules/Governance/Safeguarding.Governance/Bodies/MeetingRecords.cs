using Safeguarding.Governance.Listing;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Bodies;

/// <summary>Records the partnership's meetings and reads them back, with their decisions and attendance.</summary>
public sealed class MeetingRecords(GovernanceDbContext db, TimeProvider clock)
{
    /// <summary>Newest first by the day held; of one day, by the body's name.</summary>
    private static readonly ListOrder<MeetingPlace> NewestFirst =
        ListOrder<MeetingPlace>.Descending(m => m.HeldOn).ThenAscending(m => m.BodyName).ThenAscending(m => m.Id);

    /// <summary>The most recent meetings one body shows; older ones through the <c>meetings</c> query.</summary>
    public static readonly ListSize RecentOfBody = new(WhenNotGiven: 4, Most: 50);

    /// <summary>A body's meeting as minuted; the ids' problems are reported with the meeting's own.</summary>
    public async Task<Meeting> RecordAsync(RecordMeetingInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var bodyId = check.ParseId(input.BodyId, "bodyId", "The body");
        var attendance = input.Attendance?.Select((a, i) => new MeetingAttendee(check.ParseId(a.PartnerId, $"attendance[{i}].partnerId", "The agency"), a.Role)).ToList();
        var meeting = Meeting.Record(bodyId, input.HeldOn, input.Summary, input.Decisions ?? [], attendance, clock.Today(), check);
        if (!await db.Bodies.AnyAsync(b => b.Id == bodyId, ct)) throw DomainException.NotFound("partnership body", bodyId);
        var partners = meeting.Attendance.Select(a => a.PartnerId).Distinct().ToList();
        var known = await db.Partners.Where(p => partners.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
        if (partners.Except(known).FirstOrDefault() is var unknown && unknown != Guid.Empty) throw DomainException.NotFound("partner", unknown);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting.InMinuteOrder();
    }

    /// <summary>Meetings newest first (by the day held, then the body's name), a page at a time: of every body or one, within the period.</summary>
    public async Task<Page<Meeting>> ListAsync(Guid? bodyId, RecordPeriod period, PageRequest page, CancellationToken ct)
    {
        if (bodyId is { } body && !await db.Bodies.AnyAsync(b => b.Id == body, ct)) throw DomainException.NotFound("partnership body", body);
        var meetings = db.Meetings.AsNoTracking();
        if (bodyId is { } id) meetings = meetings.Where(m => m.BodyId == id);
        if (period.From is { } start) meetings = meetings.Where(m => m.HeldOn >= start);
        if (period.To is { } end) meetings = meetings.Where(m => m.HeldOn <= end);
        var places = from m in meetings
                     join b in db.Bodies on m.BodyId equals b.Id
                     select new MeetingPlace { Id = m.Id, HeldOn = m.HeldOn, BodyName = b.Name };
        var read = await places.PageAsync(page, NewestFirst, ct);
        var loaded = await LoadAsync(read.Rows.Select(r => r.Item.Id).ToList(), ct);
        return read.Select(m => loaded[m.Id].InMinuteOrder());
    }

    /// <summary>How many of a body's most recent meetings to show: as many as asked for, or the default; VALIDATION outside 1 to the most.</summary>
    public static int RecentOfBodyCount(int? asked)
    {
        var last = asked ?? RecentOfBody.WhenNotGiven;
        new InputCheck().Require(last >= 1 && last <= RecentOfBody.Most, "last",
            $"Ask for between 1 and {RecentOfBody.Most} meetings of one body (the meetings query goes further back).").ThrowIfInvalid();
        return last;
    }

    /// <summary>
    /// Each body's <paramref name="last"/> most recent meetings, newest first (a body without meetings has none): one read
    /// of the bodies' meeting days, then the meetings shown, whatever the number of bodies.
    /// </summary>
    public async Task<Dictionary<Guid, IReadOnlyList<Meeting>>> RecentOfBodiesAsync(IReadOnlyList<Guid> bodies, int last, CancellationToken ct)
    {
        RecentOfBodyCount(last);
        // Ordered by the database, as one body's meetings were read before, so that meetings held on the same day keep their order.
        var dated = await db.Meetings.AsNoTracking().Where(m => bodies.Contains(m.BodyId))
            .OrderByDescending(m => m.HeldOn).ThenBy(m => m.Id).Select(m => new { m.BodyId, m.Id }).ToListAsync(ct);
        var pages = dated.GroupBy(m => m.BodyId).ToDictionary(g => g.Key, g => g.Take(last).Select(m => m.Id).ToList());
        var loaded = await LoadAsync(pages.Values.SelectMany(page => page).ToList(), ct);
        return bodies.Distinct().ToDictionary(b => b, b => (IReadOnlyList<Meeting>)(pages.TryGetValue(b, out var page)
            ? page.Select(id => loaded[id].InMinuteOrder()).ToList()
            : []));
    }

    private async Task<Dictionary<Guid, Meeting>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : await db.Meetings.AsNoTracking().Include(m => m.Decisions).Include(m => m.Attendance).AsSplitQuery()
            .Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
}
