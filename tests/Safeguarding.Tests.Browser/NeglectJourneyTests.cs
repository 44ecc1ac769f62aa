using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Safeguarding.Tests.Browser;

/// <summary>The Neglect working group's journey through the pages, and what the scrutineer may and may not see.</summary>
public sealed partial class NeglectJourneyTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectIdPattern();

    [BrowserFact]
    public async Task A_neglect_practitioner_records_a_GCP2_assessment_through_the_form_and_sees_it_on_the_childs_record_which_the_scrutineer_never_sees()
    {
        var nina = await host.SignInAsync("nina.neglect");
        await BrowserHost.ScreenshotAsync(nina, "home-practitioner");
        await nina.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Neglect" }).ClickAsync();

        // Record the child.
        await nina.GetByLabel("Child's full name").FillAsync("Example Child Zebedee");
        await nina.GetByLabel("Date of birth").FillAsync("2019-05-04");
        await nina.GetByRole(AriaRole.Button, new() { Name = "Record the child" }).ClickAsync();
        await Assertions.Expect(nina).ToHaveURLAsync(new Regex("/neglect/child/"));
        var subjectId = SubjectIdPattern().Match(nina.Url).Value;
        await Assertions.Expect(nina.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Example Child Zebedee");
        await Assertions.Expect(nina.GetByRole(AriaRole.Note)).ToContainTextAsync("This view was recorded in the audit log");

        // Start the assessment and grade every sub-area: physical care 4 (a concern), everything else 2.
        await nina.GetByLabel("Day you saw the child's care").FillAsync(Today);
        await nina.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }).ClickAsync();
        await Assertions.Expect(nina).ToHaveURLAsync(new Regex("/neglect/assessment/"));
        var grades = nina.Locator("select[id^=grade-]");
        var count = await grades.CountAsync();
        Assert.Equal(14, count);
        for (var i = 0; i < count; i++)
        {
            var select = grades.Nth(i);
            var id = await select.GetAttributeAsync("id");
            await select.SelectOptionAsync(id!.StartsWith("grade-PC-") ? "4" : "2");
        }
        await BrowserHost.ScreenshotAsync(nina, "neglect-assessment-form");
        await nina.GetByRole(AriaRole.Button, new() { Name = "Save and complete the assessment" }).ClickAsync();

        // Back on the child's record: the completed assessment with its area grades.
        await Assertions.Expect(nina).ToHaveURLAsync(new Regex("/neglect/child/" + subjectId));
        await Assertions.Expect(nina.GetByRole(AriaRole.Status)).ToContainTextAsync("The assessment is completed.");
        var row = nina.Locator("table tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("Completed");
        await Assertions.Expect(row.Locator("td.concern")).ToHaveTextAsync("4");
        await BrowserHost.ScreenshotAsync(nina, "neglect-child-record");

        // The workspace lists it, by reference number only.
        await nina.GotoAsync("/neglect?status=COMPLETED");
        await Assertions.Expect(nina.Locator("table")).ToContainTextAsync("Child " + subjectId[..8]);
        await Assertions.Expect(nina.Locator("main")).Not.ToContainTextAsync("Zebedee");
        await BrowserHost.ScreenshotAsync(nina, "neglect-workspace");

        // The scrutineer: the chart of figures, and nothing that identifies a child anywhere.
        var sam = await host.SignInAsync("sam.scrutineer");
        await Assertions.Expect(sam.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Neglect" })).ToHaveCountAsync(0);
        await sam.GotoAsync("/figures");
        await Assertions.Expect(sam.Locator("svg#neglect-share path.chart__line")).ToHaveCountAsync(1);
        await Assertions.Expect(sam.Locator("table")).ToContainTextAsync("50.6%"); // 31 March 2024, as published
        await Assertions.Expect(sam.Locator("#neglect-share-placeholder")).ToContainTextAsync("placeholder plans");
        await BrowserHost.ScreenshotAsync(sam, "figures-scrutineer");

        // The dashboard: a chart per measure with figures (the overdue actions), the police's gap in re-referrals, the money.
        await sam.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Assertions.Expect(sam.Locator("svg#measure-overdue-actions path.chart__line")).ToHaveCountAsync(1);
        await Assertions.Expect(sam.Locator("#measure-rereferrals-12m-heading + p + p + p.gap-note")).ToContainTextAsync("No data from Devon and Cornwall Police since");
        await Assertions.Expect(sam.Locator("#funding-heading")).ToContainTextAsync("Money in");
        await BrowserHost.ScreenshotAsync(sam, "dashboard-scrutineer");
        var csv = await sam.RunAndWaitForDownloadAsync(() => sam.GetByRole(AriaRole.Link, new() { Name = "Download the scorecard as a spreadsheet (CSV)" }).ClickAsync());
        Assert.EndsWith(".csv", csv.SuggestedFilename);
        await sam.GotoAsync("/annual-report?year=2023/24");
        await Assertions.Expect(sam.FrameLocator("iframe.report-frame").Locator("h1")).ToContainTextAsync("2023/24");
        await BrowserHost.ScreenshotAsync(sam, "annual-report");
        foreach (var path in new[] { "/", "/figures", "/funding", "/governance", "/dashboard", "/annual-report", "/annual-report/document?year=2023/24" })
        {
            await sam.GotoAsync(path);
            var text = await sam.ContentAsync();
            Assert.DoesNotContain("Zebedee", text);
            Assert.DoesNotContain("2019-05-04", text);
            Assert.False(SubjectIdPattern().IsMatch(text), $"{path} shows something like a subject id to the scrutineer.");
        }
        await sam.GotoAsync($"/neglect/child/{subjectId}?purpose=Looking");
        Assert.DoesNotContain("Zebedee", await sam.ContentAsync());
    }

    [BrowserFact]
    public async Task A_form_with_mistakes_shows_the_servers_messages_beside_the_inputs()
    {
        var nina = await host.SignInAsync("nina.neglect");
        await nina.GotoAsync("/neglect");
        await nina.GetByLabel("Child's full name").FillAsync("Example Child Yarrow");
        await nina.GetByLabel("Date of birth").FillAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd"));
        await nina.GetByLabel("NHS number (if known)").FillAsync("123");
        await nina.GetByRole(AriaRole.Button, new() { Name = "Record the child" }).ClickAsync();

        await Assertions.Expect(nina.Locator("#dateOfBirth-problem")).ToContainTextAsync("cannot be in the future");
        await Assertions.Expect(nina.Locator("#nhsNumber-problem")).ToContainTextAsync("ten digits");
        await Assertions.Expect(nina.GetByLabel("Date of birth")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(nina.GetByLabel("NHS number (if known)")).ToHaveAttributeAsync("aria-describedby", "nhsNumber-hint nhsNumber-problem");
        await Assertions.Expect(nina.GetByRole(AriaRole.Alert)).ToContainTextAsync("There is a problem");
        await BrowserHost.ScreenshotAsync(nina, "neglect-validation");
    }

    [BrowserFact]
    public async Task Every_page_has_one_heading_a_main_landmark_a_skip_link_and_a_label_for_every_input()
    {
        foreach (var (user, paths) in new[]
                 {
                     ("nina.neglect", new[] { "/", "/neglect", "/figures", "/funding" }), // GraphiQL (/graphql) is not a page of the layout
                     ("alex.admin", new[] { "/admin/modules", "/admin/modules?confirm=Funding", "/governance" }),
                 })
        {
            var page = await host.SignInAsync(user);
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                Assert.Equal(1, await page.Locator("h1").CountAsync());
                Assert.Equal(1, await page.Locator("main#main").CountAsync());
                await page.Keyboard.PressAsync("Tab");
                Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
                var unlabelled = await page.EvaluateAsync<string[]>("""
                    Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                      .filter(e => !(e.id && document.querySelector('label[for="' + e.id + '"]')) && !e.closest('label') && !e.getAttribute('aria-label'))
                      .map(e => e.name || e.id || e.outerHTML)
                    """);
                Assert.True(unlabelled.Length == 0, $"{path}: inputs without a label: {string.Join(", ", unlabelled)}");
            }
        }
    }
}
