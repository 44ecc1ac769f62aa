using System.Security.Claims;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Host.Web;

/// <summary>
/// One part of the web interface: a workspace or page in the navigation. It is shown, and may be opened, only when the
/// signed-in person may use it and, for a module's workspace, only while that module is switched on.
/// </summary>
public sealed record WebArea(string Title, string Path, string Description, string? Module, Func<ClaimsPrincipal, bool> MayUse);

/// <summary>Every part of the web interface. Adding a module's workspace is one line here plus its pages under Web/Pages.</summary>
public static class WebAreas
{
    public static readonly WebArea Neglect = new("Neglect", "/neglect",
        "Graded Care Profile 2 assessments: find them, record a child, assess their care and see it change.",
        "Neglect", u => u.IsMemberOf("Neglect"));

    public static readonly WebArea Adolescents = new("Adolescents", "/adolescents",
        "Young people at risk outside the home: record a missing episode.",
        "Adolescents", u => u.IsMemberOf("Adolescents"));

    public static readonly WebArea Briefing = new("Daily briefing", "/adolescents/briefing",
        "Today's Daily Intelligence Briefing: the young people most at risk, why, and the responses agreed.",
        "Adolescents", u => u.IsMemberOf("Adolescents"));

    public static readonly WebArea DomesticAbuse = new("Domestic abuse", "/domestic-abuse",
        "Protection notices and Operation Encompass notifications to schools.",
        "DomesticAbuse", u => u.IsMemberOf("DomesticAbuse"));

    public static readonly WebArea Csa = new("Child sexual abuse", "/csa",
        "Record a sign or indicator of child sexual abuse.",
        "Csa", u => u.IsMemberOf("Csa"));

    public static readonly WebArea Governance = new("Governance", "/governance",
        "Actions agreed by the partnership's boards and groups that are past their due date.",
        "Governance", u => u.IsMemberOf("Governance") || u.IsAdministrator() || u.IsScrutineer());

    public static readonly WebArea Funding = new("Funding", "/funding",
        "The partnership's money for a year: who paid in, what was spent, and what is left.",
        "Funding", u => u.Identity?.IsAuthenticated == true);

    public static readonly WebArea Figures = new("Figures", "/figures",
        "The partnership's figures over time, as charts. No child can be identified in them.",
        null, u => u.IsScrutineer() || u.IsAdministrator() || u.IsPractitioner());

    public static readonly WebArea Dashboard = new("Dashboard", "/dashboard",
        "The partnership's scorecard over quarters, with trends, gaps in agencies' data and the year's money. Counts only.",
        "Scrutiny", u => u.IsScrutineer() || u.IsAdministrator() || u.IsPractitioner());

    public static readonly WebArea AnnualReport = new("Annual report", "/annual-report",
        "The annual report's figures for a financial year, generated from the records, ready to print.",
        "Scrutiny", u => u.IsScrutineer() || u.IsAdministrator() || u.IsPractitioner());

    public static readonly WebArea Modules = new("Modules", "/admin/modules",
        "Switch parts of the system on and off, and see who did it and why.",
        null, u => u.IsAdministrator());

    public static readonly WebArea Explorer = new("API explorer", "/explorer",
        "For people who write software against the partnership's GraphQL API: try queries as yourself.",
        null, u => u.Identity?.IsAuthenticated == true);

    public static readonly IReadOnlyList<WebArea> All = [Neglect, Adolescents, Briefing, DomesticAbuse, Csa, Governance, Funding, Figures, Dashboard, AnnualReport, Modules, Explorer];
}

/// <summary>The areas the signed-in person may open now: asks the schema which modules are on, once per request.</summary>
public sealed class WebNavigation(PageGraphQL graphQL, IHttpContextAccessor accessor)
{
    private sealed record ModuleState(string Name, bool Enabled);
    private IReadOnlyList<WebArea>? _visible;

    public async Task<IReadOnlyList<WebArea>> VisibleAsync()
    {
        if (_visible is not null) return _visible;
        var user = accessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true) return _visible = [];
        var answer = await graphQL.RunAsync("{ modules { name enabled } }");
        var enabled = (answer.Get<List<ModuleState>>("modules") ?? []).Where(m => m.Enabled).Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return _visible = WebAreas.All.Where(a => a.MayUse(user) && (a.Module is null || enabled.Contains(a.Module))).ToList();
    }

    public async Task<bool> MayOpenAsync(WebArea area) => (await VisibleAsync()).Contains(area);
}
