using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Safeguarding.Tests.Browser;

public sealed class AdministrationTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [BrowserFact]
    public async Task An_administrator_switches_Neglect_off_after_confirming_and_its_workspace_disappears_for_a_practitioner()
    {
        var nina = await host.SignInAsync("nina.neglect");
        var ninasNav = nina.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Assertions.Expect(ninasNav.GetByRole(AriaRole.Link, new() { Name = "Neglect" })).ToHaveCountAsync(1);

        var alex = await host.SignInAsync("alex.admin");
        await alex.GetByRole(AriaRole.Link, new() { Name = "Modules" }).First.ClickAsync();
        await BrowserHost.ScreenshotAsync(alex, "admin-modules");
        await alex.GetByRole(AriaRole.Link, new() { Name = "Switch off Neglect" }).ClickAsync();
        await Assertions.Expect(alex.GetByRole(AriaRole.Heading, new() { Name = "Switch off Neglect?" })).ToBeVisibleAsync();
        await alex.GetByLabel("Why are you switching it off? (required; kept in the history)").FillAsync("Checking the assessment forms");
        await BrowserHost.ScreenshotAsync(alex, "admin-modules-confirm");
        await alex.GetByRole(AriaRole.Button, new() { Name = "Yes, switch off Neglect" }).ClickAsync();
        await Assertions.Expect(alex.GetByRole(AriaRole.Status)).ToHaveTextAsync("Neglect is now switched off.");
        var history = alex.Locator("table").Nth(1);
        await Assertions.Expect(history.Locator("tbody tr").First).ToContainTextAsync("Checking the assessment forms");
        await Assertions.Expect(history.Locator("tbody tr").First).ToContainTextAsync("alex.admin");

        await nina.ReloadAsync();
        await Assertions.Expect(ninasNav.GetByRole(AriaRole.Link, new() { Name = "Neglect" })).ToHaveCountAsync(0);
        await nina.GotoAsync("/neglect");
        await Assertions.Expect(nina).ToHaveURLAsync(new Regex("unavailable=Neglect"));
        await Assertions.Expect(nina.GetByRole(AriaRole.Alert)).ToContainTextAsync("Neglect is not available");
        await Assertions.Expect(nina.GetByRole(AriaRole.Alert)).ToContainTextAsync("The Neglect module is switched off: an administrator switched it off at ");
        await Assertions.Expect(nina.GetByRole(AriaRole.Alert)).ToContainTextAsync("An administrator can switch it on again.");
    }

    [BrowserFact]
    public async Task GraphiQL_at_graphql_runs_a_query_as_the_signed_in_person_offline_and_within_its_policy()
    {
        var alex = await host.SignInAsync("alex.admin");
        var problems = new List<string>();
        var elsewhere = new List<string>();
        alex.Console += (_, message) => { if (message.Type is "error" or "warning") problems.Add(message.Text); };
        alex.PageError += (_, error) => problems.Add(error);
        alex.Request += (_, request) => { if (!request.Url.StartsWith(host.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)) elsewhere.Add(request.Url); };

        await alex.GotoAsync("/explorer"); // the old address leads to GraphiQL
        await Assertions.Expect(alex).ToHaveURLAsync(new Regex("/graphql$"));
        var editor = alex.Locator(".graphiql-query-editor .CodeMirror");
        await Assertions.Expect(editor).ToBeVisibleAsync();
        await editor.EvaluateAsync("(e, q) => e.CodeMirror.setValue(q)", "{ moduleToggles { nodes { module enabled } } modules { name } }");
        await alex.Locator(".graphiql-execute-button").ClickAsync();
        var response = alex.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync("\"moduleToggles\"");
        await Assertions.Expect(response).ToContainTextAsync("Governance");

        // The schema's documentation, read by introspection through the same session.
        await alex.GetByLabel("Show Documentation Explorer").ClickAsync();
        await Assertions.Expect(alex.Locator(".graphiql-doc-explorer")).ToContainTextAsync("Query");
        await BrowserHost.ScreenshotAsync(alex, "explorer");

        Assert.True(elsewhere.Count == 0, "GraphiQL reached beyond this host: " + string.Join(", ", elsewhere));
        Assert.True(problems.Count == 0, "The browser reported: " + string.Join(" | ", problems));
    }
}
