using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Web;

/// <summary>
/// The pages' date inputs at the ends of the calendar: the page answers with the server's message beside the input
/// (the same range rule as the API), never with an error page.
/// </summary>
public sealed partial class PageInputsAtTheLimitsTests(SharedPartnership shared) : IClassFixture<SharedPartnership>
{
    private const string Refusal = "is outside the dates the partnership records";
    private readonly PartnershipHost _host = shared.Partnership;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [Theory]
    [InlineData("0001-01-01T00:00")]
    [InlineData("9999-12-31T23:59")]
    public async Task A_missing_episode_at_the_ends_of_the_calendar_is_refused_beside_its_input(string wentMissingAt)
    {
        var adam = await SignedInAsync("adam.adolescents");
        var page = await PostFormAsync(adam, "/adolescents", new() { ["subjectId"] = Guid.NewGuid().ToString(), ["wentMissingAt"] = wentMissingAt });
        Assert.Contains(Refusal, page);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task A_sign_observed_at_the_ends_of_the_calendar_is_refused_beside_its_input(string observedOn)
    {
        var carla = await SignedInAsync("carla.csa");
        var page = await PostFormAsync(carla, "/csa", new() { ["subjectId"] = Guid.NewGuid().ToString(), ["categoryCode"] = "PHYSICAL", ["observedOn"] = observedOn, ["description"] = "Seen" });
        Assert.Contains(Refusal, page);
    }

    [Fact]
    public async Task Neglect_filters_and_a_date_of_birth_at_the_ends_of_the_calendar_are_refused_on_the_page()
    {
        var nina = await SignedInAsync("nina.neglect");
        var filtered = await nina.GetAsync("/neglect?observedFrom=0001-01-01&observedTo=9999-12-31");
        Assert.Equal(HttpStatusCode.OK, filtered.StatusCode);
        Assert.Contains(Refusal, await filtered.Content.ReadAsStringAsync());

        var recorded = await PostFormAsync(nina, "/neglect?handler=RecordChild", new() { ["name"] = "Limits Child", ["dateOfBirth"] = "0001-01-01" }, formPage: "/neglect");
        Assert.Contains(Refusal, recorded);
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var browser = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await browser.GetStringAsync("/sign-in");
        var response = await browser.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = user, ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    /// <summary>Posts a page's form (with the token from the page) and returns the page it answers with, which must not be an error.</summary>
    private static async Task<string> PostFormAsync(HttpClient browser, string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var form = await browser.GetStringAsync(formPage ?? path);
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await browser.PostAsync(path, new FormUrlEncodedContent(fields));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        return body;
    }
}
