using Microsoft.Playwright;

namespace Safeguarding.Tests.Browser;

public sealed class DailyBriefingTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [BrowserFact]
    public async Task The_Adolescents_group_opens_todays_briefing_publishes_it_and_sees_the_servers_message_beside_a_missing_owning_agency()
    {
        var adam = await host.SignInAsync("adam.adolescents");
        await adam.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Daily briefing" }).ClickAsync();
        await Assertions.Expect(adam.GetByRole(AriaRole.Heading, new() { Name = "Daily Intelligence Briefing" })).ToBeVisibleAsync();
        var reasons = adam.GetByRole(AriaRole.List, new() { Name = "Reasons" }).First;
        await Assertions.Expect(reasons).ToBeVisibleAsync();
        await Assertions.Expect(reasons.Locator("li").First).Not.ToBeEmptyAsync();

        await adam.GetByRole(AriaRole.Button, new() { Name = "Publish today's briefing" }).ClickAsync();
        await Assertions.Expect(adam.GetByRole(AriaRole.Status)).ToContainTextAsync("published");

        var form = adam.Locator("form").Filter(new() { Has = adam.GetByRole(AriaRole.Button, new() { Name = "Agree the response" }) }).First;
        await form.GetByLabel("Agreed action").FillAsync("Visit at home with the missing persons coordinator");
        await form.GetByLabel("Due by (UK time)").FillAsync(DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Agree the response" }).ClickAsync();

        await Assertions.Expect(adam.Locator("#owningAgencies-problem")).ToContainTextAsync("Name at least one owning agency.");
        await Assertions.Expect(adam.Locator("input[name=owningAgencies][aria-invalid=true]")).ToHaveCountAsync(1);
        await BrowserHost.ScreenshotAsync(adam, "daily-briefing");
    }
}
