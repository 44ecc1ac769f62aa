using Microsoft.AspNetCore.Mvc;

namespace Safeguarding.Host.Web.Pages.Admin;

public sealed class ModulesModel : PartnershipPage
{
    public sealed record Module(string Name, string Description, bool Enabled, UkInstant? SwitchedOffAt);
    public sealed record Toggle(string Module, bool Enabled, string ChangedBy, UkInstant ChangedAt, string? Reason);

    protected override WebArea Area => HostWebAreas.Modules;

    [BindProperty(SupportsGet = true, Name = "confirm")] public string? ConfirmName { get; set; }
    public Module? Confirm { get; private set; }
    public List<Module> Modules { get; private set; } = [];

    /// <summary>The most recent switches (the first page of the history).</summary>
    public List<Toggle> History { get; private set; } = [];

    /// <summary>How many switches the history holds in all.</summary>
    public int Switches { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(string name, bool enabled, string? reason)
    {
        var answer = await GraphQL.RunAsync(
            "mutation Switch($name: String!, $enabled: Boolean!, $reason: String) { setModuleEnabled(name: $name, enabled: $enabled, reason: $reason) { name enabled } }",
            new { name, enabled, reason = string.IsNullOrWhiteSpace(reason) ? null : reason });
        if (ShowErrors(answer))
        {
            ConfirmName = name;
            await LoadAsync();
            return Page();
        }
        Notice = $"{name} is now switched {(enabled ? "on" : "off")}.";
        return Redirect("/admin/modules");
    }

    private async Task LoadAsync()
    {
        var answer = await GraphQL.RunAsync("{ modules { name description enabled switchedOffAt } moduleToggles(first: 50) { totalCount nodes { module enabled changedBy changedAt reason } } }");
        ShowErrors(answer);
        Modules = answer.Get<List<Module>>("modules") ?? [];
        var history = ListPage<Toggle>.Of(answer, "moduleToggles");
        History = history.Nodes;
        Switches = history.TotalCount;
        Confirm = Modules.FirstOrDefault(m => string.Equals(m.Name, ConfirmName, StringComparison.OrdinalIgnoreCase));
    }
}
