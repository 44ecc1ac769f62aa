using System.Security.Claims;
using Safeguarding.Host.GraphQL;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Host.Web;

/// <summary>
/// One part of the web interface: a workspace or page in the navigation. It is shown, and may be opened, only when the
/// signed-in person may use it and, for a module's workspace, only while that module is switched on. Who may use it is an
/// <see cref="Access"/>, as for the schema's fields (a working group is the module's), so the same words say who it is for.
/// </summary>
public sealed record WebArea(string Title, string Path, string Description, string? Module, Access Access)
{
    public bool MayUse(ClaimsPrincipal user) => user.Allows(Access, Module);

    /// <summary>"members of the Neglect working group", "everyone signed in", ...</summary>
    public string Audience => AccessAudience.Describe(Access, Module);
}

/// <summary>Every part of the web interface. Adding a module's workspace is one line here plus its pages under Web/Pages.</summary>
public static class WebAreas
{
    public static readonly WebArea Neglect = new("Neglect", "/neglect",
        "Graded Care Profile 2 assessments: find them, record a child, assess their care and see it change.",
        "Neglect", Access.WorkingGroupMember);

    public static readonly WebArea Adolescents = new("Adolescents", "/adolescents",
        "Young people at risk outside the home: record a missing episode.",
        "Adolescents", Access.WorkingGroupMember);

    public static readonly WebArea Briefing = new("Daily briefing", "/adolescents/briefing",
        "Today's Daily Intelligence Briefing: the young people most at risk, why, and the responses agreed.",
        "Adolescents", Access.WorkingGroupMember);

    public static readonly WebArea DomesticAbuse = new("Domestic abuse", "/domestic-abuse",
        "Protection notices and Operation Encompass notifications to schools.",
        "DomesticAbuse", Access.WorkingGroupMember);

    public static readonly WebArea Csa = new("Child sexual abuse", "/csa",
        "Record a sign or indicator of child sexual abuse.",
        "Csa", Access.WorkingGroupMember);

    public static readonly WebArea Governance = new("Governance", "/governance",
        "Actions agreed by the partnership's boards and groups that are past their due date.",
        "Governance", Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator);

    public static readonly WebArea Funding = new("Funding", "/funding",
        "The partnership's money for a year: who paid in, what was spent, and what is left.",
        "Funding", Access.AnySignedIn);

    public static readonly WebArea Figures = new("Figures", "/figures",
        "The partnership's figures over time, as charts. No child can be identified in them.",
        null, Access.Scrutineer | Access.Administrator | Access.AnyPractitioner);

    public static readonly WebArea Dashboard = new("Dashboard", "/dashboard",
        "The partnership's scorecard over quarters, with trends, gaps in agencies' data and the year's money. Counts only.",
        "Scrutiny", Access.Scrutineer | Access.Administrator | Access.AnyPractitioner);

    public static readonly WebArea AnnualReport = new("Annual report", "/annual-report",
        "The annual report's figures for a financial year, generated from the records, ready to print.",
        "Scrutiny", Access.Scrutineer | Access.Administrator | Access.AnyPractitioner);

    public static readonly WebArea Modules = new("Modules", "/admin/modules",
        "Switch parts of the system on and off, and see who did it and why.",
        null, Access.Administrator);

    public static readonly WebArea Explorer = new("API explorer", "/explorer",
        "For people who write software against the partnership's GraphQL API: try queries as yourself.",
        null, Access.AnySignedIn);

    public static readonly IReadOnlyList<WebArea> All = [Neglect, Adolescents, Briefing, DomesticAbuse, Csa, Governance, Funding, Figures, Dashboard, AnnualReport, Modules, Explorer];
}

/// <summary>The areas the signed-in person may open now: asks the schema which modules are on, once per request.</summary>
public sealed class WebNavigation(PageGraphQL graphQL, IHttpContextAccessor accessor)
{
    private sealed record ModuleState(string Name, bool Enabled, UkInstant? SwitchedOffAt);
    private IReadOnlyList<ModuleState>? _modules;
    private IReadOnlyList<WebArea>? _visible;

    public async Task<IReadOnlyList<WebArea>> VisibleAsync()
    {
        if (_visible is not null) return _visible;
        var user = accessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true) return _visible = [];
        var modules = await ModulesAsync();
        return _visible = WebAreas.All.Where(a => a.MayUse(user) && (a.Module is null || modules.Any(m => m.Enabled && Same(m.Name, a.Module)))).ToList();
    }

    public async Task<bool> MayOpenAsync(WebArea area) => (await VisibleAsync()).Contains(area);

    /// <summary>
    /// Why the area with this title cannot be opened, in the words the API uses: switched off (since when), not for this
    /// person (who it is for), or both. Null when it can be opened, or there is no such area.
    /// </summary>
    public async Task<string?> WhyUnavailableAsync(string title)
    {
        var user = accessor.HttpContext?.User;
        var area = WebAreas.All.FirstOrDefault(a => Same(a.Title, title));
        if (user is null || area is null || await MayOpenAsync(area)) return null;
        var notYours = area.MayUse(user) ? null : $"{area.Title} is open only to {area.Audience}, which does not include you.";
        var off = area.Module is null ? null : (await ModulesAsync()).FirstOrDefault(m => Same(m.Name, area.Module) && !m.Enabled);
        if (off is null) return notYours;
        return ModuleRefusal.SwitchedOff(off.Name, off.SwitchedOffAt?.Instant, notYours is null ? null : "Even when it is on, " + notYours);
    }

    private async Task<IReadOnlyList<ModuleState>> ModulesAsync()
    {
        if (_modules is not null) return _modules;
        var answer = await graphQL.RunAsync("{ modules { name enabled switchedOffAt } }");
        return _modules = answer.Get<List<ModuleState>>("modules") ?? [];
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
