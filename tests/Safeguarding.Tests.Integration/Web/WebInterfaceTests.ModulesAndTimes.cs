using System.Net;
using System.Reflection;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.Platform;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Web;
using Safeguarding.SharedKernel.Time;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Web;

/// <summary>What the pages say about switched-off modules, the reason an administrator must give, and times in UK time.</summary>
public sealed partial class WebInterfaceTests
{
    private static string AlertOn(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelector("[role=alert] p")?.TextContent.Trim() ?? "(no alert on the page)";

    private async Task<DateTimeOffset> SwitchOffAsync(string module)
    {
        (await _host.As("alex.admin").SendAsync("mutation($m: String!) { setModuleEnabled(name: $m, enabled: false, reason: \"Checked by the test\") { enabled } }", new { m = module })).AssertOk();
        return await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().SwitchOverrides.Where(o => o.Module == module).Select(o => o.ChangedAt).SingleAsync());
    }

    [Fact]
    public async Task Home_says_whether_a_workspace_is_switched_off_or_not_for_this_person_or_both()
    {
        var nina = await SignedInAsync(Browser(), "nina.neglect");
        var gina = await SignedInAsync(Browser(), "gina.governance");
        Assert.Equal("/?unavailable=Neglect", (await gina.GetAsync("/neglect")).Headers.Location!.OriginalString);
        Assert.Equal("Neglect is open only to members of the Neglect working group, which does not include you.", AlertOn(await gina.GetStringAsync("/?unavailable=Neglect")));

        var since = await SwitchOffAsync("Neglect");
        var off = $"The Neglect module is switched off: an administrator switched it off at {UkTime.Show(since)}.";
        Assert.Equal(off + " An administrator can switch it on again.", AlertOn(await nina.GetStringAsync("/?unavailable=Neglect")));
        Assert.Equal(off + " Even when it is on, Neglect is open only to members of the Neglect working group, which does not include you.",
            AlertOn(await gina.GetStringAsync("/?unavailable=Neglect")));
    }

    [Fact]
    public async Task The_modules_page_asks_why_a_module_is_switched_off_and_shows_the_servers_message_when_no_reason_is_given()
    {
        var alex = await SignedInAsync(Browser(), "alex.admin");
        var confirm = await alex.GetStringAsync("/admin/modules?confirm=Neglect");
        var input = new HtmlParser().ParseDocument(confirm).QuerySelector("input#reason")!;
        Assert.True(input.HasAttribute("required"));
        Assert.Contains("Why are you switching it off? (required; kept in the history)", confirm);

        var answer = await alex.PostAsync("/admin/modules?confirm=Neglect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "Neglect", ["enabled"] = "false", ["reason"] = "   ", ["__RequestVerificationToken"] = AntiforgeryToken().Match(confirm).Groups[1].Value,
        }));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var page = new HtmlParser().ParseDocument(await answer.Content.ReadAsStringAsync());
        Assert.Equal("Error: Say why you are switching Neglect off. The reason is kept in the history of switches.", page.QuerySelector("#reason-problem")?.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector("input#reason")!.GetAttribute("aria-invalid"));
        var modules = (await _host.As("alex.admin").SendAsync("{ modules { name enabled } }")).AssertOk().Data!["modules"]!.AsArray();
        Assert.True(modules.Single(m => m!["name"]!.GetValue<string>() == "Neglect")!["enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_modules_page_shows_when_a_module_was_switched_in_UK_time_either_side_of_the_clock_changes()
    {
        // Toggles at moments where UTC and UK time read differently: a summer night (the next day in the UK), and the
        // autumn morning when 01:30 happens twice, once in BST and once in GMT.
        var moments = new (string Utc, string Shown)[]
        {
            ("2025-07-01T23:30:00Z", "2 Jul 2025, 00:30 BST"),
            ("2025-10-26T00:30:00Z", "26 Oct 2025, 01:30 BST"),
            ("2025-10-26T01:30:00Z", "26 Oct 2025, 01:30 GMT"),
            ("2025-03-30T00:30:00Z", "30 Mar 2025, 00:30 GMT"),
        };
        await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            foreach (var (utc, _) in moments)
                db.Toggles.Add(new ModuleToggle { Module = "Csa", Enabled = true, ChangedBy = "alex.admin", Reason = "at " + utc,
                    ChangedAt = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture) });
            return await db.SaveChangesAsync();
        });
        var since = await SwitchOffAsync("Funding");

        var alex = await SignedInAsync(Browser(), "alex.admin");
        var page = new HtmlParser().ParseDocument(await alex.GetStringAsync("/admin/modules"));
        var rows = page.QuerySelectorAll("table").Last().QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        foreach (var (utc, shown) in moments)
            Assert.Equal(shown, rows.Single(r => r[4] == "at " + utc)[0]);
        Assert.DoesNotContain(rows, r => r[0].Contains("UTC", StringComparison.Ordinal) || r[0].Contains("23:30", StringComparison.Ordinal));
        var funding = page.QuerySelectorAll("table").First().QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Funding");
        Assert.Equal($"Off since {UkTime.ShowShort(since)}", funding.QuerySelectorAll("td")[1].TextContent.Trim());
    }

    /// <summary>
    /// No page can print a UTC time by accident: what a page holds of a moment is a <see cref="UkInstant"/>, whose only text
    /// is UK time. This walks every type of the web interface (page models and the records they read answers into) and
    /// refuses a DateTimeOffset or DateTime anywhere in them, so a page added later is held to it too.
    /// </summary>
    [Fact]
    public void No_page_holds_a_moment_that_could_be_printed_in_UTC()
    {
        // The host's pages and every module's: each keeps its pages under a Web namespace.
        var assemblies = _host.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.GetType().Assembly)
            .Append(typeof(Program).Assembly).Append(typeof(UkInstant).Assembly).Distinct();
        var web = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace is { } ns && (ns.EndsWith(".Web", StringComparison.Ordinal) || ns.Contains(".Web.", StringComparison.Ordinal))
                        && t != typeof(UkInstant) && !IsCompilerMade(t)).ToList();
        Assert.Contains(web, t => t.Name == "ModulesModel");
        Assert.Contains(web, t => t.FullName == "Safeguarding.Neglect.Web.Pages.Neglect.ChildModel");
        var found = (from type in web
                     from member in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                         .Select(p => (p.Name, Type: p.PropertyType))
                         .Concat(type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                             .Where(f => !f.Name.Contains('<', StringComparison.Ordinal)).Select(f => (f.Name, Type: f.FieldType)))
                     where HoldsAMoment(member.Type)
                     select $"{type.FullName}.{member.Name}").ToList();
        Assert.Empty(found);
    }

    private static bool IsCompilerMade(Type type) => type.Name.Contains('<', StringComparison.Ordinal) || type.Name.StartsWith("__", StringComparison.Ordinal);

    private static bool HoldsAMoment(Type type) =>
        type == typeof(DateTimeOffset) || type == typeof(DateTime)
        || (Nullable.GetUnderlyingType(type) is { } inner && HoldsAMoment(inner))
        || (type.IsArray && HoldsAMoment(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments().Any(HoldsAMoment));
}
