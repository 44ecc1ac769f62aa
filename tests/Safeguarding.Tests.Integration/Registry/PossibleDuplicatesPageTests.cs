using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.Platform;
using Safeguarding.Host.Platform.Registry;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.Web;

namespace Safeguarding.Tests.Integration.Registry;

/// <summary>The "Possible duplicates" page: the review queue and its decisions are the API's, made as the signed-in practitioner.</summary>
public sealed class PossibleDuplicatesPageTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string Register = "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id outcome reviewId } }";

    private async Task<(string Newer, string Held, string Review)> QuestionAsync(string given, string family, string born)
    {
        var held = (await _host.As("nina.neglect").SendAsync(Register, new { i = new { module = "Neglect", givenNames = given, familyName = family, dateOfBirth = born } }))
            .AssertOk().Data!["registerSubject"]!;
        var newer = (await _host.As("dana.domesticabuse").SendAsync(Register, new { i = new { module = "DomesticAbuse", givenNames = given, familyName = family, dateOfBirth = born } }))
            .AssertOk().Data!["registerSubject"]!;
        Assert.Equal("NEEDS_REVIEW", newer["outcome"]!.GetValue<string>());
        return (newer["id"]!.GetValue<string>(), held["id"]!.GetValue<string>(), newer["reviewId"]!.GetValue<string>());
    }

    private async Task<HttpClient> BrowserAsync(string user) =>
        await WebInterfaceTests.SignedInAsync(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), user);

    private static async Task<HttpResponseMessage> DecideAsync(HttpClient browser, string handler, string review, string reason)
    {
        var form = await browser.GetStringAsync("/possible-duplicates");
        var token = WebInterfaceTests.AntiforgeryToken().Match(form).Groups[1].Value;
        return await browser.PostAsync($"/possible-duplicates?handler={handler}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["review"] = review, ["reason"] = reason }));
    }

    private Task<DuplicateStatus> StatusAsync(string review) =>
        _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().PossibleDuplicates.AsNoTracking().Where(r => r.Id == Guid.Parse(review)).Select(r => r.Status).SingleAsync());

    [Fact]
    public async Task A_practitioner_sees_the_questions_for_their_groups_and_decides_them_with_a_reason()
    {
        var (newer, held, review) = await QuestionAsync("Loveday", "Trewhella", "2015-06-07");
        var (_, _, twins) = await QuestionAsync("Jenna", "Carlyon", "2016-01-02");

        var nina = await BrowserAsync("nina.neglect");
        var page = await nina.GetStringAsync("/possible-duplicates");
        Assert.Contains("2 questions wait", page);
        Assert.Contains($"href=\"/child/{newer}\"", page);
        Assert.Contains($"href=\"/child/{held}\"", page);
        Assert.DoesNotContain("Loveday", page); // who the child is is read on the child's own page, with a purpose
        // A practitioner of another working group, which holds neither record, has nothing to decide.
        Assert.Contains("No question waits", await (await BrowserAsync("adam.adolescents")).GetStringAsync("/possible-duplicates"));

        // Without a reason nothing is decided, and the problem is shown beside the question's reason box.
        var refused = await DecideAsync(nina, "Confirm", review, "");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"id=\"reason-{review}-problem\"", await refused.Content.ReadAsStringAsync());
        Assert.Equal(DuplicateStatus.Open, await StatusAsync(review));

        var confirmed = await DecideAsync(nina, "Confirm", review, "Same school and GP, confirmed by phone");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(DuplicateStatus.Merged, await StatusAsync(review));
        var kept = await DecideAsync(nina, "KeepApart", twins, "Twins: two children at one address");
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal(DuplicateStatus.KeptApart, await StatusAsync(twins));
        Assert.Contains("No question waits", await nina.GetStringAsync("/possible-duplicates"));
    }
}
