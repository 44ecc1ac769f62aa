using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.DomesticAbuse.Trend;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.DomesticAbuse.Encompass;

public enum EncompassStatus { Outstanding, Overdue, AcknowledgedOnTime, AcknowledgedLate }

public sealed class EncompassNotificationGraphType : ObjectGraphType<EncompassNotification>
{
    public EncompassNotificationGraphType()
    {
        Name = "EncompassNotification";
        Description = "Operation Encompass: a child's school told of a domestic abuse incident, to acknowledge before the start of the next school day.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("noticeId").Resolve(c => c.Source.NoticeId);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The child (pseudonymous subject id).").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<IdGraphType>>("settingId").Resolve(c => c.Source.SettingId);
        Field(x => x.SettingName);
        Field(x => x.IncidentAt);
        Field(x => x.SentAt);
        Field(x => x.DeadlineAt).Description("The start of the next school day after the incident (UTC).");
        Field(x => x.AcknowledgedAt, nullable: true);
        Field(x => x.AcknowledgedBy, nullable: true);
        Field<NonNullGraphType<EnumerationGraphType<EncompassStatus>>>("status")
            .Resolve(c => EncompassGraph.StatusOf(c.Source, c.Service<TimeProvider>().GetUtcNow()));
    }
}

public sealed record EncompassSettingCount(Guid SettingId, string SettingName, int Sent, int AcknowledgedOnTime, int AcknowledgedLate, int Outstanding, int Overdue);
public sealed record EncompassSummary(DateOnly From, DateOnly To, int Sent, int AcknowledgedOnTime, int AcknowledgedLate, int Outstanding, int Overdue, IReadOnlyList<EncompassSettingCount> BySetting);
public sealed record EncompassGap(Guid SettingId, string SettingName, string Phase, int ChildrenInNotices);
public sealed record EncompassGaps(DateOnly From, DateOnly To, IReadOnlyList<EncompassGap> UnsubscribedSettings, int ChildrenWithNoKnownSetting);

public sealed class EncompassSettingCountGraphType : ObjectGraphType<EncompassSettingCount>
{
    public EncompassSettingCountGraphType()
    {
        Name = "EncompassSettingCount";
        Field<NonNullGraphType<IdGraphType>>("settingId").Resolve(c => c.Source.SettingId);
        Field(x => x.SettingName);
        Field(x => x.Sent);
        Field(x => x.AcknowledgedOnTime);
        Field(x => x.AcknowledgedLate);
        Field(x => x.Outstanding);
        Field(x => x.Overdue);
    }
}

public sealed class EncompassSummaryGraphType : ObjectGraphType<EncompassSummary>
{
    public EncompassSummaryGraphType()
    {
        Name = "EncompassSummary";
        Description = "Counts only: Operation Encompass notifications by incident date, and how they were acknowledged.";
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.Sent);
        Field(x => x.AcknowledgedOnTime).Description("Acknowledged before the start of the next school day.");
        Field(x => x.AcknowledgedLate);
        Field(x => x.Outstanding).Description("Not yet acknowledged, deadline not yet passed.");
        Field(x => x.Overdue).Description("Not acknowledged and past the deadline.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncompassSettingCountGraphType>>>>("bySetting").WithComplexityImpact(1, 10).Resolve(c => c.Source.BySetting);
    }
}

public sealed class EncompassGapGraphType : ObjectGraphType<EncompassGap>
{
    public EncompassGapGraphType()
    {
        Name = "EncompassGap";
        Field<NonNullGraphType<IdGraphType>>("settingId").Resolve(c => c.Source.SettingId);
        Field(x => x.SettingName);
        Field(x => x.Phase);
        Field(x => x.ChildrenInNotices).Description("Children attending the setting named in notices in the period: their school could not be told.");
    }
}

public sealed class EncompassGapsGraphType : ObjectGraphType<EncompassGaps>
{
    public EncompassGapsGraphType()
    {
        Name = "EncompassGaps";
        Description = "Where Operation Encompass cannot reach: settings not subscribed, and children in notices with no known setting.";
        Field(x => x.From);
        Field(x => x.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncompassGapGraphType>>>>("unsubscribedSettings").WithComplexityImpact(1, 10).Resolve(c => c.Source.UnsubscribedSettings);
        Field(x => x.ChildrenWithNoKnownSetting).Description("Children named in notices in the period who are linked to no setting.");
    }
}

internal static class EncompassGraph
{
    public static EncompassStatus StatusOf(EncompassNotification n, DateTimeOffset now) => n.AcknowledgedAt switch
    {
        null when n.DeadlineAt <= now => EncompassStatus.Overdue,
        null => EncompassStatus.Outstanding,
        _ when n.AcknowledgedOnTime => EncompassStatus.AcknowledgedOnTime,
        _ => EncompassStatus.AcknowledgedLate,
    };

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncompassNotificationGraphType>>>>("encompassNotifications").WithComplexityImpact(1, 10)
            .Description("Operation Encompass notifications, most recent deadline first (at most 500). The Domestic Abuse working group sees every setting's; a school's key adult only their own setting's.")
            .Argument<IdGraphType>("settingId").Argument<BooleanGraphType>("unacknowledgedOnly")
            .Argument<DateOnlyGraphType>("from", "Incidents on or after this day (UK time).").Argument<DateOnlyGraphType>("to")
            .Allow(Access.WorkingGroupMember | Access.AnyPractitioner)
            .ResolveAsync(async c => await ListAsync(c, overdueOnly: false));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncompassNotificationGraphType>>>>("overdueEncompassNotifications").WithComplexityImpact(1, 10)
            .Description("Notifications not acknowledged by their deadline (the start of the next school day), oldest deadline first (at most 500). Working group; a key adult sees their own setting's.")
            .Argument<IdGraphType>("settingId")
            .Allow(Access.WorkingGroupMember | Access.AnyPractitioner)
            .ResolveAsync(async c => await ListAsync(c, overdueOnly: true));

        slice.Mutation.Field<NonNullGraphType<EncompassNotificationGraphType>>("acknowledgeEncompassNotification")
            .Description("The school's key adult acknowledges a notification for their setting; on time when before the start of the next school day. Key adults only.")
            .Argument<NonNullGraphType<IdGraphType>>("notificationId")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(async c =>
            {
                var id = InputCheck.Id(c.GetArgument<string>("notificationId"), "notificationId", "The notification");
                var own = KeyAdults.SettingOf(c.User!) ?? throw PartnershipError.Forbidden("Only the school's key adult acknowledges an Operation Encompass notification.");
                var db = c.Service<DomesticAbuseDbContext>();
                var n = await db.EncompassNotifications.FirstOrDefaultAsync(x => x.Id == id, c.CancellationToken);
                if (n is null || n.SettingId != own) throw PartnershipError.NotFound("Operation Encompass notification for your setting", id);
                if (n.AcknowledgedAt is { } at) throw PartnershipError.Conflict($"This notification was already acknowledged at {UkTime.Show(at)}.");
                n.AcknowledgedAt = c.Service<TimeProvider>().GetUtcNow();
                n.AcknowledgedBy = c.User!.Actor();
                db.Publish(new EncompassNotificationAcknowledged(n.Id, n.SettingId, n.SettingName, n.DeadlineAt, n.AcknowledgedAt.Value, n.AcknowledgedOnTime));
                await db.SaveChangesAsync(c.CancellationToken);
                return n;
            });

        slice.Query.Field<NonNullGraphType<EncompassSummaryGraphType>>("encompassSummary")
            .Description("Counts of Operation Encompass notifications for incidents in a period (default the last 365 days), in total and by setting. Working group, scrutineer, administrators.")
            .Argument<DateOnlyGraphType>("from").Argument<DateOnlyGraphType>("to")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator)
            .ResolveAsync(async c =>
            {
                var period = ReportingPeriod.Of(c);
                var (start, end) = (period.Start, period.End);
                var now = c.Service<TimeProvider>().GetUtcNow();
                var rows = await c.Service<DomesticAbuseDbContext>().EncompassNotifications.AsNoTracking()
                    .Where(n => n.IncidentAt >= start && n.IncidentAt < end)
                    .GroupBy(n => new { n.SettingId, n.SettingName })
                    .Select(g => new
                    {
                        g.Key.SettingId, g.Key.SettingName, Sent = g.Count(),
                        OnTime = g.Count(n => n.AcknowledgedAt != null && n.AcknowledgedAt < n.DeadlineAt),
                        Acknowledged = g.Count(n => n.AcknowledgedAt != null),
                        Overdue = g.Count(n => n.AcknowledgedAt == null && n.DeadlineAt <= now),
                    }).ToListAsync(c.CancellationToken);
                var bySetting = rows.Select(r => new EncompassSettingCount(r.SettingId, r.SettingName, r.Sent, r.OnTime, r.Acknowledged - r.OnTime, r.Sent - r.Acknowledged - r.Overdue, r.Overdue))
                    .OrderBy(r => r.SettingName).ToList();
                return new EncompassSummary(period.From, period.To, bySetting.Sum(r => r.Sent), bySetting.Sum(r => r.AcknowledgedOnTime), bySetting.Sum(r => r.AcknowledgedLate),
                    bySetting.Sum(r => r.Outstanding), bySetting.Sum(r => r.Overdue), bySetting);
            });

        slice.Query.Field<NonNullGraphType<EncompassGapsGraphType>>("encompassGaps")
            .Description("Settings not subscribed to Operation Encompass, with how many children attending them were named in notices in the period, and children with no known setting. Working group, scrutineer, administrators.")
            .Argument<DateOnlyGraphType>("from").Argument<DateOnlyGraphType>("to")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator)
            .ResolveAsync(async c =>
            {
                var period = ReportingPeriod.Of(c);
                var (start, end) = (period.Start, period.End);
                var db = c.Service<DomesticAbuseDbContext>();
                var children = db.NoticeChildren.AsNoTracking().Where(x => x.IncidentAt >= start && x.IncidentAt < end).Select(x => x.SubjectId).Distinct();
                var unsubscribed = await db.Settings.AsNoTracking().Where(s => !s.SubscribedToEncompass && s.RetiredOn == null).OrderBy(s => s.Name).ToListAsync(c.CancellationToken);
                var ids = unsubscribed.Select(s => s.Id).ToList();
                var counts = await db.ChildSettings.AsNoTracking().Where(l => ids.Contains(l.SettingId) && children.Contains(l.SubjectId))
                    .GroupBy(l => l.SettingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, c.CancellationToken);
                var unlinked = await children.CountAsync(s => !db.ChildSettings.Any(l => l.SubjectId == s), c.CancellationToken);
                return new EncompassGaps(period.From, period.To,
                    unsubscribed.Select(s => new EncompassGap(s.Id, s.Name, s.Phase.ToString().ToUpperInvariant(), counts.GetValueOrDefault(s.Id))).ToList(), unlinked);
            });
    }

    private static async Task<List<EncompassNotification>> ListAsync(IResolveFieldContext c, bool overdueOnly)
    {
        var check = new InputCheck();
        var requestedText = c.GetArgument<string?>("settingId");
        Guid? requested = requestedText is null ? null : check.ParseId(requestedText, "settingId", "The setting");
        check.ThrowIfInvalid();
        var scope = KeyAdults.ScopeFor(c.User!, requested);
        var now = c.Service<TimeProvider>().GetUtcNow();
        var query = c.Service<DomesticAbuseDbContext>().EncompassNotifications.AsNoTracking();
        if (scope is { } setting) query = query.Where(n => n.SettingId == setting);
        if (overdueOnly) return await query.Where(n => n.AcknowledgedAt == null && n.DeadlineAt <= now).OrderBy(n => n.DeadlineAt).Take(500).ToListAsync(c.CancellationToken);
        if (c.GetArgument<bool?>("unacknowledgedOnly") == true) query = query.Where(n => n.AcknowledgedAt == null);
        if (c.GetArgument<DateOnly?>("from") is { } from) { var at = UkTime.At(from, TimeOnly.MinValue); query = query.Where(n => n.IncidentAt >= at); }
        if (c.GetArgument<DateOnly?>("to") is { } to) { var at = UkTime.At(to.AddDays(1), TimeOnly.MinValue); query = query.Where(n => n.IncidentAt < at); }
        return await query.OrderByDescending(n => n.DeadlineAt).Take(500).ToListAsync(c.CancellationToken);
    }
}
