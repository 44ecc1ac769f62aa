using Safeguarding.SharedKernel.Web;
using Safeguarding.DomesticAbuse.Web;
namespace Safeguarding.DomesticAbuse.Web.Pages.DomesticAbuse;

/// <summary>The Domestic Abuse workspace: protection notices and Operation Encompass notifications (the server decides
/// whose: the working group sees every setting's).</summary>
public sealed class IndexModel : PartnershipPage
{
    public sealed record ProtectionNotice(string Id, string PoliceReference, string ReportingAgency, UkInstant IncidentAt, string? LocationArea, int ChildCount);
    public sealed record Notification(string SubjectId, string SettingName, UkInstant IncidentAt, UkInstant DeadlineAt, UkInstant? AcknowledgedAt, string Status);

    protected override WebArea Area => DomesticAbuseModule.Workspace;

    /// <summary>The most recent notices (the first page of the list).</summary>
    public List<ProtectionNotice> Notices { get; private set; } = [];

    /// <summary>How many notices are held in all.</summary>
    public int NoticesHeld { get; private set; }
    public List<Notification> Notifications { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var answer = await GraphQL.RunAsync("""
            { protectionNotices(first: 100) { totalCount nodes { id policeReference reportingAgency incidentAt locationArea childCount } }
              encompassNotifications(first: 100) { nodes { subjectId settingName incidentAt deadlineAt acknowledgedAt status } } }
            """);
        ShowErrors(answer);
        var notices = ListPage<ProtectionNotice>.Of(answer, "protectionNotices");
        Notices = notices.Nodes;
        NoticesHeld = notices.TotalCount;
        Notifications = ListPage<Notification>.Of(answer, "encompassNotifications").Nodes;
    }
}
