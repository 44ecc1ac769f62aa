using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Web;

/// <summary>The web interface's sign-in and its use of /graphql, without a browser (the browser tests drive the pages).</summary>
public sealed partial class WebInterfaceTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    internal static partial Regex AntiforgeryToken();

    private HttpClient Browser() => _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    internal static async Task<HttpClient> SignedInAsync(HttpClient browser, string user)
    {
        var form = await browser.GetStringAsync("/sign-in");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await browser.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = user, ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private static async Task<(HttpStatusCode Status, JsonNode? Body)> PostGraphQLAsync(HttpClient client, string query, bool withHeader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json") };
        if (withHeader) request.Headers.Add("X-Partnership-Request", "test");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Pages_ask_a_person_who_is_not_signed_in_to_sign_in_and_the_API_still_answers_401()
    {
        var browser = Browser();
        var page = await browser.GetAsync("/neglect");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/sign-in", page.Headers.Location!.PathAndQuery);
        var (status, body) = await PostGraphQLAsync(browser, "{ modules { name } }", withHeader: true);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", body!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_sign_in_cookie_reaches_graphql_only_with_the_header_another_site_cannot_send_and_bearer_tokens_work_as_before()
    {
        var browser = await SignedInAsync(Browser(), "nina.neglect");
        var (refused, why) = await PostGraphQLAsync(browser, "{ modules { name } }", withHeader: false);
        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Equal("FORBIDDEN", why!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        var (ok, answer) = await PostGraphQLAsync(browser, "{ gcp2Templates { code } }", withHeader: true);
        Assert.Equal(HttpStatusCode.OK, ok);
        Assert.Equal("GCP2", answer!["data"]!["gcp2Templates"]![0]!["code"]!.GetValue<string>());

        // As nina, with nina's rights: an administrators-only field is refused through the cookie too.
        var (_, forbidden) = await PostGraphQLAsync(browser, "{ moduleToggles { nodes { module } } }", withHeader: true);
        Assert.Equal("FORBIDDEN", forbidden!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        (await _host.As("alex.admin").SendAsync("{ moduleToggles { nodes { module } } }")).AssertOk();
    }

    [Fact]
    public async Task A_workspace_whose_module_is_switched_off_is_not_offered_and_cannot_be_opened()
    {
        var nina = await SignedInAsync(Browser(), "nina.neglect");
        var home = await nina.GetStringAsync("/");
        Assert.Contains("href=\"/neglect\"", home);
        Assert.Equal(HttpStatusCode.OK, (await nina.GetAsync("/neglect")).StatusCode);

        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Neglect\", enabled: false, reason: \"Switched off by the test\") { enabled } }")).AssertOk();

        Assert.DoesNotContain("href=\"/neglect\"", await nina.GetStringAsync("/"));
        var refused = await nina.GetAsync("/neglect");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/?unavailable=Neglect", refused.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Administration_is_offered_to_administrators_only()
    {
        var nina = await SignedInAsync(Browser(), "nina.neglect");
        Assert.DoesNotContain("href=\"/admin/modules\"", await nina.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.Redirect, (await nina.GetAsync("/admin/modules")).StatusCode);

        var alex = await SignedInAsync(Browser(), "alex.admin");
        var modules = await alex.GetStringAsync("/admin/modules");
        Assert.Contains("Switch off<span class=\"visually-hidden\"> Neglect</span>", modules);
    }

    [Theory]
    [InlineData("adam.adolescents", "/adolescents", "/adolescents/briefing")]
    [InlineData("dana.domesticabuse", "/domestic-abuse", null)]
    [InlineData("carla.csa", "/csa", null)]
    public async Task A_working_groups_workspace_is_offered_to_its_members_only(string member, string workspace, string? other)
    {
        var them = await SignedInAsync(Browser(), member);
        Assert.Contains($"href=\"{workspace}\"", await them.GetStringAsync("/"));
        foreach (var path in new[] { workspace, other }.OfType<string>())
            Assert.Equal(HttpStatusCode.OK, (await them.GetAsync(path)).StatusCode);

        var nina = await SignedInAsync(Browser(), "nina.neglect");
        Assert.DoesNotContain($"href=\"{workspace}\"", await nina.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.Redirect, (await nina.GetAsync(workspace)).StatusCode);
    }

    [Fact]
    public async Task A_childs_record_opens_at_child_for_any_practitioner_and_still_at_neglect_child_for_the_Neglect_group()
    {
        var id = Guid.NewGuid();
        var adam = await SignedInAsync(Browser(), "adam.adolescents");
        Assert.Equal(HttpStatusCode.OK, (await adam.GetAsync($"/child/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await adam.GetAsync($"/neglect/child/{id}")).StatusCode);

        var nina = await SignedInAsync(Browser(), "nina.neglect");
        Assert.Equal(HttpStatusCode.OK, (await nina.GetAsync($"/neglect/child/{id}")).StatusCode);
    }
}
