using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.Web;

namespace Safeguarding.Tests.Integration.Registry;

/// <summary>The "Find a child" page: the search is the API's, posted as the signed-in person.</summary>
public sealed class FindAChildPageTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private async Task<string> PostAsync(string user, Dictionary<string, string> fields)
    {
        var browser = await WebInterfaceTests.SignedInAsync(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), user);
        var form = await browser.GetAsync("/find-a-child");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        fields["__RequestVerificationToken"] = WebInterfaceTests.AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var page = await browser.PostAsync("/find-a-child", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_practitioner_finds_a_child_by_NHS_number_and_sees_who_they_are_only_where_entitled()
    {
        var child = (await _host.As("nina.neglect").SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Neglect", givenNames = "Tamsin", familyName = "Penhaligon", dateOfBirth = "2016-08-09", nhsNumber = "9434765919" } }))
            .AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();

        var asNina = await PostAsync("nina.neglect", new() { ["purpose"] = "Before the strategy meeting", ["nhsNumber"] = "943 476 5919" });
        Assert.Contains($"href=\"/child/{child}\"", asNina);
        Assert.Contains("Tamsin Penhaligon", asNina);
        Assert.Contains("9 August 2016", asNina);

        var asAdam = await PostAsync("adam.adolescents", new() { ["purpose"] = "Checking a missing episode", ["nhsNumber"] = "9434765919" });
        Assert.Contains($"href=\"/child/{child}\"", asAdam);
        Assert.DoesNotContain("Tamsin", asAdam);
        Assert.Contains("A child your group holds nothing on", asAdam);

        var noPurpose = await PostAsync("nina.neglect", new() { ["purpose"] = "", ["nhsNumber"] = "9434765919" });
        Assert.Contains("id=\"purpose-problem\"", noPurpose);
        Assert.DoesNotContain("Tamsin", noPurpose);
    }

    [Fact]
    public async Task A_form_that_needs_a_child_finds_them_and_gets_their_reference_back_but_never_sends_it_elsewhere()
    {
        var child = (await _host.As("carla.csa").SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module = "Csa", givenNames = "Demelza", familyName = "Pascoe", dateOfBirth = "2013-02-14", nhsNumber = "9434765919" } }))
            .AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        var carla = await WebInterfaceTests.SignedInAsync(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), "carla.csa");
        Assert.Contains("href=\"/find-a-child?for=%2Fcsa\"", await carla.GetStringAsync("/csa"));

        var found = await PostAsync("carla.csa", new() { ["purpose"] = "Recording a sign seen at school", ["nhsNumber"] = "9434765919", ["for"] = "/csa" });
        Assert.Contains($"href=\"/csa?subjectId={child}\"", found);
        Assert.Contains("Use this child", found);

        // Back on the form, the reference is filled in.
        Assert.Contains($"value=\"{child}\"", await carla.GetStringAsync($"/csa?subjectId={child}"));

        // A page to go back to that is not one of the partnership's own is ignored: the reference goes nowhere.
        foreach (var elsewhere in new[] { "https://elsewhere.example/csa", "//elsewhere.example/csa", "/csa/../../elsewhere" })
        {
            var page = await PostAsync("carla.csa", new() { ["purpose"] = "Recording a sign seen at school", ["nhsNumber"] = "9434765919", ["for"] = elsewhere });
            Assert.Contains($"href=\"/child/{child}\"", page);
            Assert.DoesNotContain("Use this child", page);
            Assert.DoesNotContain("elsewhere", page);
        }
    }
}
