using Microsoft.AspNetCore.Http;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.SharedKernel.Web;

/// <summary>The areas the signed-in person may open now: asks the schema which modules are on, once per request.</summary>
public sealed class WebNavigation(PageGraphQL graphQL, IHttpContextAccessor accessor, WebAreaCatalog areas)
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
        return _visible = areas.All.Where(a => a.MayUse(user) && (a.Module is null || modules.Any(m => m.Enabled && Same(m.Name, a.Module)))).ToList();
    }

    public async Task<bool> MayOpenAsync(WebArea area) => (await VisibleAsync()).Contains(area);

    /// <summary>
    /// Why the area with this title cannot be opened, in the words the API uses: switched off (since when), not for this
    /// person (who it is for), or both. Null when it can be opened, or there is no such area.
    /// </summary>
    public async Task<string?> WhyUnavailableAsync(string title)
    {
        var user = accessor.HttpContext?.User;
        var area = areas.All.FirstOrDefault(a => Same(a.Title, title));
        if (user is null || area is null || await MayOpenAsync(area)) return null;
        var notYours = area.MayUse(user) ? null : $"{area.Title} is open only to {area.Audience}, which does not include you.";
        var off = area.Module is null ? null : (await ModulesAsync()).FirstOrDefault(m => Same(m.Name, area.Module) && !m.Enabled);
        if (off is null) return notYours;
        return ModuleRefusal.SwitchedOff(off.Name, off.SwitchedOffAt?.Instant,
            notYours is null ? null : ModuleRefusal.NotOpenToYouWhenOn(area.Title, area.Access, area.Module));
    }

    private async Task<IReadOnlyList<ModuleState>> ModulesAsync()
    {
        if (_modules is not null) return _modules;
        var answer = await graphQL.RunAsync("{ modules { name enabled switchedOffAt } }");
        return _modules = answer.Get<List<ModuleState>>("modules") ?? [];
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
