using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Safeguarding.Tests.Browser;

/// <summary>The child's record is the subject view: each module's part the person may see, with its sharing basis, and
/// the parts withheld from them with the server's note.</summary>
public sealed class SubjectViewTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [BrowserFact]
    public async Task A_member_of_neglect_and_csa_sees_both_parts_and_is_told_which_parts_are_withheld()
    {
        var pat = await host.SignInAsync("pat.practitioner");
        await pat.GotoAsync("/neglect");
        await pat.GetByLabel("Child's full name").FillAsync("Example Child Xanthe");
        await pat.GetByLabel("Date of birth").FillAsync("2017-08-09");
        await pat.GetByRole(AriaRole.Button, new() { Name = "Record the child" }).ClickAsync();
        await Assertions.Expect(pat).ToHaveURLAsync(new Regex("/neglect/child/"));

        await Assertions.Expect(pat.GetByRole(AriaRole.Note)).ToContainTextAsync("This view was recorded in the audit log");
        await Assertions.Expect(pat.Locator("#part-csa")).ToHaveTextAsync("Child sexual abuse");
        await Assertions.Expect(pat.Locator("#part-csa ~ p.sharing-basis").First).ToContainTextAsync("Information-sharing basis");
        await Assertions.Expect(pat.Locator("p.sharing-basis[data-module=Neglect]")).ToContainTextAsync("not recorded yet");
        await Assertions.Expect(pat.Locator("section.part")).ToContainTextAsync("No sign or indicator is recorded.");
        var omitted = pat.Locator("section.omitted");
        await Assertions.Expect(omitted).ToContainTextAsync("Not shown outside the Adolescents working group: it shares a child's information only on a recorded lawful basis.");
        await Assertions.Expect(omitted).ToContainTextAsync("Not shown outside the DomesticAbuse working group: it shares a child's information only on a recorded lawful basis.");
        await BrowserHost.ScreenshotAsync(pat, "subject-view");
    }
}
