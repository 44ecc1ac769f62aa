using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.DomesticAbuse.Encompass;
using Safeguarding.DomesticAbuse.Notices;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.DomesticAbuse.Risk;
using Safeguarding.DomesticAbuse.Settings;
using Safeguarding.DomesticAbuse.Trend;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Subjects;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.DomesticAbuse.Enquiries;

public sealed class RoutineEnquiryInput
{
    public DateOnly? EnquiredOn { get; set; }
    public bool Asked { get; set; }
    public bool Disclosed { get; set; }
    public bool SupportOffered { get; set; }
}

public sealed class RoutineEnquiryInputType : InputObjectGraphType<RoutineEnquiryInput>
{
    public RoutineEnquiryInputType()
    {
        Name = "RoutineEnquiryInput";
        Field<DateOnlyGraphType>("enquiredOn").Description("Default today.");
        Field(x => x.Asked).Description("The question about domestic abuse was asked.");
        Field(x => x.Disclosed).Description("Abuse was disclosed (only when asked).");
        Field(x => x.SupportOffered).Description("Support was offered.");
    }
}

public sealed class RoutineEnquiryGraphType : ObjectGraphType<RoutineEnquiry>
{
    public RoutineEnquiryGraphType()
    {
        Name = "RoutineEnquiry";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Agency);
        Field(x => x.EnquiredOn);
        Field(x => x.Asked);
        Field(x => x.Disclosed);
        Field(x => x.SupportOffered);
    }
}

public sealed record RoutineEnquiryCount(string Agency, int Recorded, int Asked, int Disclosed, int SupportOffered);

public sealed class RoutineEnquiryCountGraphType : ObjectGraphType<RoutineEnquiryCount>
{
    public RoutineEnquiryCountGraphType()
    {
        Name = "RoutineEnquiryCount";
        Description = "Counts only: routine enquiries recorded by an agency in a period.";
        Field(x => x.Agency);
        Field(x => x.Recorded);
        Field(x => x.Asked);
        Field(x => x.Disclosed);
        Field(x => x.SupportOffered);
    }
}

public sealed class HospitalAlertGraphType : ObjectGraphType<HospitalAlert>
{
    public HospitalAlertGraphType()
    {
        Name = "DomesticAbuseHospitalAlert";
        Description = "A \"risk of domestic abuse\" alert on the child's hospital record, so that a clinician seeing the child knows.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Reason);
        Field(x => x.Agency);
        Field(x => x.RaisedOn);
        Field(x => x.RemovedOn, nullable: true);
        Field(x => x.RemovalReason, nullable: true);
    }
}

/// <summary>What the Domestic Abuse module holds on one child.</summary>
public sealed record ChildView(Guid SubjectId, HospitalAlert? HospitalAlert, EducationSetting? Setting, IReadOnlyList<ProtectionNotice> Notices, IReadOnlyList<EncompassNotification> Notifications);

public sealed class ChildViewGraphType : ObjectGraphType<ChildView>
{
    public ChildViewGraphType()
    {
        Name = "DomesticAbuseChild";
        Description = "What the Domestic Abuse module holds on a child.";
        Field<HospitalAlertGraphType>("hospitalAlert").Description("The active hospital alert, if any.").Resolve(c => c.Source.HospitalAlert);
        Field<EducationSettingGraphType>("setting").Resolve(c => c.Source.Setting);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProtectionNoticeGraphType>>>>("notices").WithComplexityImpact(1, 5).Description("Most recent first.").Resolve(c => c.Source.Notices);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncompassNotificationGraphType>>>>("encompassNotifications").WithComplexityImpact(1, 5).Resolve(c => c.Source.Notifications);
    }
}

internal static class EnquiryGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<RoutineEnquiryGraphType>>("recordRoutineEnquiry")
            .Description("Records a routine enquiry about domestic abuse made in your agency: asked, disclosed, support offered. No one's identity is recorded. Any practitioner.")
            .Argument<NonNullGraphType<RoutineEnquiryInputType>>("input")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RoutineEnquiryInput>("input");
                var today = c.Service<TimeProvider>().Today();
                var on = input.EnquiredOn ?? today;
                new InputCheck().Require(on <= today, "enquiredOn", "The day of the enquiry cannot be in the future.")
                    .Require(on > today.AddYears(-1), "enquiredOn", "The day of the enquiry must be within the last year.")
                    .Require(input.Asked || !input.Disclosed, "disclosed", "A disclosure is recorded only when the question was asked.")
                    .ThrowIfInvalid();
                var db = c.Service<DomesticAbuseDbContext>();
                var enquiry = new RoutineEnquiry
                {
                    Id = Guid.NewGuid(), Agency = RiskGraph.Agency(c), RecordedBy = c.User!.Actor(), EnquiredOn = on,
                    Asked = input.Asked, Disclosed = input.Disclosed, SupportOffered = input.SupportOffered,
                };
                db.RoutineEnquiries.Add(enquiry);
                await db.SaveChangesAsync(c.CancellationToken);
                return enquiry;
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoutineEnquiryCountGraphType>>>>("routineEnquiriesByAgency").WithComplexityImpact(1, 10)
            .Description("Routine enquiries per agency in a period (default the last 365 days). Working group, scrutineer, administrators.")
            .Argument<DateOnlyGraphType>("from").Argument<DateOnlyGraphType>("to")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator)
            .ResolveAsync(async c =>
            {
                var (from, to) = ReportingPeriodGraph.Read(c);
                var rows = await c.Service<DomesticAbuseDbContext>().RoutineEnquiries.AsNoTracking().Where(e => e.EnquiredOn >= from && e.EnquiredOn <= to)
                    .GroupBy(e => e.Agency)
                    .Select(g => new RoutineEnquiryCount(g.Key, g.Count(), g.Count(e => e.Asked), g.Count(e => e.Disclosed), g.Count(e => e.SupportOffered)))
                    .ToListAsync(c.CancellationToken);
                return rows.OrderBy(r => r.Agency).ToList();
            });

        slice.Mutation.Field<NonNullGraphType<HospitalAlertGraphType>>("raiseHospitalAlert")
            .Description("Places a \"risk of domestic abuse\" alert on a registered child's hospital record. Domestic Abuse working group.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<StringGraphType>("reason", $"Default \"{HospitalAlerts.DefaultReason}\".")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var reason = c.GetArgument<string?>("reason");
                var check = new InputCheck();
                var subjectId = check.ParseId(c.GetArgument<string>("subjectId"), "subjectId", "The child's subject id");
                check.OptionalText(reason, "reason", "The reason", 200).ThrowIfInvalid();
                var registry = c.Service<ISubjectRegistry>();
                if (!await registry.ExistsAsync(new SubjectId(subjectId), c.CancellationToken)) throw PartnershipError.NotFound("registered child", subjectId);
                var db = c.Service<DomesticAbuseDbContext>();
                if (await ActiveAlert(db, subjectId, c.CancellationToken) is { } active)
                    throw PartnershipError.Conflict($"The child already has an active alert, raised on {active.RaisedOn:d MMMM yyyy}.");
                var alert = new HospitalAlert
                {
                    Id = Guid.NewGuid(), SubjectId = subjectId, Reason = string.IsNullOrWhiteSpace(reason) ? HospitalAlerts.DefaultReason : reason.Trim(),
                    RaisedBy = c.User!.Actor(), Agency = RiskGraph.Agency(c), RaisedOn = c.Service<TimeProvider>().Today(),
                };
                db.HospitalAlerts.Add(alert);
                await db.SaveChangesAsync(c.CancellationToken);
                await registry.EnrolAsync(new SubjectId(subjectId), DomesticAbuseModule.ModuleName, c.CancellationToken);
                return alert;
            });

        slice.Mutation.Field<NonNullGraphType<HospitalAlertGraphType>>("removeHospitalAlert")
            .Description("Removes a child's active hospital alert, with the reason. Domestic Abuse working group.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var reason = c.GetArgument<string>("reason");
                var check = new InputCheck();
                var subjectId = check.ParseId(c.GetArgument<string>("subjectId"), "subjectId", "The child's subject id");
                check.RequireText(reason, "reason", "The reason for removing the alert", 1000).ThrowIfInvalid();
                var db = c.Service<DomesticAbuseDbContext>();
                var alert = await db.HospitalAlerts.FirstOrDefaultAsync(a => a.SubjectId == subjectId && a.RemovedOn == null, c.CancellationToken)
                            ?? throw new PartnershipError(ErrorCodes.NotFound, "The child has no active hospital alert.");
                alert.RemovedOn = c.Service<TimeProvider>().Today();
                alert.RemovalReason = reason.Trim();
                await db.SaveChangesAsync(c.CancellationToken);
                return alert;
            });

        slice.Subject.Field<NonNullGraphType<ChildViewGraphType>>("domesticAbuse")
            .Description("What the Domestic Abuse module holds on the child: the hospital alert, the setting, notices and Operation Encompass notifications. Domestic Abuse working group.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var subjectId = c.Source.Value;
                var db = c.Service<DomesticAbuseDbContext>();
                var alert = await ActiveAlert(db, subjectId, c.CancellationToken);
                var settingId = await db.ChildSettings.AsNoTracking().Where(l => l.SubjectId == subjectId).Select(l => (Guid?)l.SettingId).FirstOrDefaultAsync(c.CancellationToken);
                var setting = settingId is null ? null : await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == settingId, c.CancellationToken);
                var notices = await NoticeGraph.Notices(db).Where(n => n.Children.Any(x => x.SubjectId == subjectId)).OrderByDescending(n => n.IncidentAt).Take(100).ToListAsync(c.CancellationToken);
                var notifications = await db.EncompassNotifications.AsNoTracking().Where(n => n.SubjectId == subjectId).OrderByDescending(n => n.DeadlineAt).Take(100).ToListAsync(c.CancellationToken);
                return new ChildView(subjectId, alert, setting, notices, notifications);
            });
    }

    private static Task<HospitalAlert?> ActiveAlert(DomesticAbuseDbContext db, Guid subjectId, CancellationToken ct) =>
        db.HospitalAlerts.AsNoTracking().FirstOrDefaultAsync(a => a.SubjectId == subjectId && a.RemovedOn == null, ct);
}
