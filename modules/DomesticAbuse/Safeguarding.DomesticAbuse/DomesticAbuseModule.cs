using Safeguarding.SharedKernel.PersonalData;
using Safeguarding.DomesticAbuse.Calendar;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.DemoData;
using Safeguarding.DomesticAbuse.Encompass;
using Safeguarding.DomesticAbuse.Enquiries;
using Safeguarding.DomesticAbuse.Notices;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.DomesticAbuse.Risk;
using Safeguarding.DomesticAbuse.Settings;
using Safeguarding.DomesticAbuse.Trend;
using Safeguarding.SharedKernel.Web;

namespace Safeguarding.DomesticAbuse;

/// <summary>
/// Domestic abuse and children: police Public Protection Notices, Operation Encompass, DASH risk and MARAC.
/// Owns: education settings and their school holidays (reference data) and the setting each child attends, notices with their children (subject
///       ids) and adults (by police reference and registry id; who they are is in the registry), Encompass notifications, DASH assessments, MARAC referrals and actions,
///       routine enquiries, hospital alerts, published counts of children in notices.
/// Publishes: ProtectionNoticeReceived, EncompassNotificationSent, EncompassNotificationAcknowledged,
///            EncompassNotificationBecameLate, DashAssessmentCompleted, MaracReferralMade, ChildrenInNoticesFigureReported.
/// Handles: nothing.
/// GraphQL: see docs/modules/domestic-abuse.md.
/// </summary>
public sealed class DomesticAbuseModule() : PartnershipModule<DomesticAbuseDbContext>(ModuleName,
    "Police Public Protection Notices, Operation Encompass notifications to schools, DASH risk assessments and MARAC, routine enquiry and hospital alerts.")
{
    public const string ModuleName = "DomesticAbuse";

    public static readonly WebArea Workspace = new("Domestic abuse", "/domestic-abuse",
        "Protection notices and Operation Encompass notifications to schools.",
        ModuleName, Access.WorkingGroupMember, 300);

    public override IReadOnlyList<WebArea> WebAreas => [Workspace];

    public override Type ChronologySource => typeof(DomesticAbuseChronology);

    public override IReadOnlyList<DemoUser> DemoUsers =>
    [
        new("dana.domesticabuse", "Dana Domestic-Abuse", PartnershipRoles.Practitioner, "First Light", [Name], "Domestic abuse practitioner."),
        // Allocates the group's practitioners to children and grants them access (the "manages" claim).
        new("dale.manager", "Dale Manager", PartnershipRoles.Practitioner, "First Light", [Name], "Service manager who manages the Domestic Abuse working group.",
            new Dictionary<string, string> { [PartnershipClaims.Manages] = Name }),
        new("kim.keyadult", "Kim Key-Adult", PartnershipRoles.Practitioner, "Example Primary School (demo)", [], "A school's key adult for Operation Encompass: sees and acknowledges only their setting's notifications.",
            new Dictionary<string, string> { ["setting"] = DomesticAbuseDemoIds.ExamplePrimarySchool.ToString() }),
    ];

    public override IReadOnlyList<PersonalTable> PersonalData =>
    [
        PersonalTable.Of<ChildSetting>(x => x.SubjectId, Whose.Child, "The child's school or early years setting").Dated(x => x.LinkedAt),
        PersonalTable.Of<NoticeChild>(x => x.SubjectId, Whose.Child, "Child in a Public Protection Notice").Dated(x => x.IncidentAt).Anonymised(),
        PersonalTable.Of<EncompassNotification>(x => x.SubjectId, Whose.Child, "Operation Encompass notification to a school").Dated(x => x.IncidentAt).Anonymised(),
        PersonalTable.Of<HospitalAlert>(x => x.SubjectId, Whose.Child, "Hospital alert on a child's record").Dated(x => x.RaisedOn)
            .Anonymised(x => x.Reason, x => x.RemovalReason),
        PersonalTable.Of<DomesticAbuseAdult>(x => x.SubjectId, Whose.Adult, "Adult in a domestic abuse incident").Anonymised(x => x.Name, x => x.DateOfBirth).Pseudonymising(x => x.PersonReference),
    ];

    protected override IReadOnlyList<Type> UseCases =>
    [
        typeof(SchoolCalendars), typeof(SchoolHolidayPeriods), typeof(NoticeIntake), typeof(ProtectionNotices),
        typeof(EducationSettings), typeof(ChildrenInNoticesFigures), typeof(EncompassNotifications),
        typeof(EncompassFigures), typeof(RoutineEnquiries), typeof(HospitalAlerts), typeof(ChildViews),
        typeof(DashAssessments), typeof(MaracReferrals)
    ];

    protected override IReadOnlyList<Type> Sweeps => [typeof(AdultIdentityMove), typeof(LateEncompassSweep)];

    public override void ConfigureServices(IServiceCollection services, ModuleHostContext host)
    {
        base.ConfigureServices(services, host);
        services.AddOptions<EncompassOptions>().BindConfiguration(EncompassOptions.Section);
    }

    protected override IReadOnlyList<Action<GraphQLSlice>> GraphQLParts =>
    [
        NoticeGraph.Contribute, SettingGraph.Contribute, SchoolHolidayGraph.Contribute, EncompassGraph.Contribute,
        RiskGraph.Contribute, EnquiryGraph.Contribute, TrendGraph.Contribute, DomesticAbuseNodeGraph.Contribute
    ];

    protected override async Task SeedDemoDataAsync(DomesticAbuseDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.Settings.AnyAsync(cancellationToken) || await db.PublishedFigures.AnyAsync(cancellationToken)) return;
        DomesticAbuseSeed.Write(db);
        await db.SaveChangesAsync(cancellationToken);
    }
}
