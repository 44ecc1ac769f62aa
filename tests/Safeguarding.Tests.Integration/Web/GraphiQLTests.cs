using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Safeguarding.Host.GraphQL;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Web;

/// <summary>
/// GraphiQL at /graphql for a browser signed in to the web interface: served from this host alone, under a policy that
/// lets it reach nothing else, while GraphQL clients asking the same address for JSON are answered as before.
/// (The browser tests run it in Chromium.)
/// </summary>
public sealed partial class GraphiQLTests(SharedPartnershipWithoutDemoData shared) : IClassFixture<SharedPartnershipWithoutDemoData>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private readonly PartnershipHost _host = shared.Partnership;

    [GeneratedRegex("(?:src|href)=\"([^\"]+)\"")]
    private static partial Regex References();

    private HttpClient Browser() => _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static HttpRequestMessage Get(string url, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    [Fact]
    public async Task A_browser_not_signed_in_is_sent_to_sign_in_and_comes_back_to_GraphiQL()
    {
        using var response = await Browser().SendAsync(Get("/graphql?query=%7B%20modules%20%7B%20name%20%7D%20%7D", BrowserAccept));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/sign-in?ReturnUrl=%2Fgraphql%3Fquery%3D%257B%2520modules%2520%257B%2520name%2520%257D%2520%257D", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_signed_in_browser_gets_GraphiQL_with_every_script_and_style_from_this_host_and_a_policy_that_allows_nothing_else()
    {
        var browser = await WebInterfaceTests.SignedInAsync(Browser(), "nina.neglect");
        using var response = await browser.SendAsync(Get("/graphql", BrowserAccept));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal(GraphiQLPage.ContentSecurityPolicy, policy);
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.DoesNotContain("http", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());

        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("<script>", html); // no inline script: the policy would refuse it
        Assert.Contains("data-user=\"nina.neglect\"", html);
        var references = References().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(6, references.Count); // two stylesheets, React, ReactDOM, GraphiQL and the page's own script
        foreach (var reference in references)
        {
            Assert.StartsWith("/graphiql/", reference);
            using var asset = await Browser().GetAsync(reference); // static files: no session needed
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Equal(reference.Contains(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript", asset.Content.Headers.ContentType!.MediaType);
            Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 30, reference);
        }
    }

    [Fact]
    public async Task The_committed_GraphiQL_build_is_the_one_the_page_names_and_loads_nothing_from_elsewhere()
    {
        var folder = Repository.PathOf("host", "Safeguarding.Host", "wwwroot", "graphiql", "vendor");
        var css = await File.ReadAllTextAsync(Path.Combine(folder, "graphiql.min.css"));
        // Fonts and icons travel inside the stylesheet as data: URLs; nothing is imported from another address.
        Assert.DoesNotContain("@import", css);
        Assert.All(Regex.Matches(css, @"url\(\s*[""']?([^""')]+)").Select(m => m.Groups[1].Value), url => Assert.StartsWith("data:", url));
        var licences = await File.ReadAllTextAsync(Path.Combine(folder, "LICENSES.txt"));
        var package = await File.ReadAllTextAsync(Repository.PathOf("tools", "graphiql", "package.json"));
        foreach (var (name, version) in new[] { ("graphiql", Version("graphiql")), ("react", Version("react")), ("react-dom", Version("react-dom")) })
        {
            Assert.Contains($"\"{name}\": \"{version}\"", package);
            Assert.Contains($"{name} {version}", licences);
        }
        Assert.Equal(GraphiQLPage.Version, $"graphiql-{Version("graphiql")}-react-{Version("react")}");

        string Version(string name) => Regex.Match(package, $"\"{name}\": \"([0-9.]+)\"").Groups[1].Value;
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("*/*")]
    [InlineData("application/json, text/html")]
    public async Task A_GraphQL_client_asking_the_same_address_for_JSON_is_answered_as_before(string accept)
    {
        using var request = Get("/graphql?query=%7B%20modules%20%7B%20name%20%7D%20%7D", accept);
        var response = (await _host.As("nina.neglect").SendRawAsync(request)).AssertOk();
        Assert.NotEqual("text/html", response.ContentType);
        Assert.NotNull(response.Data!["modules"]);
    }

    [Fact]
    public async Task The_old_explorer_address_leads_to_GraphiQL_and_the_navigation_offers_it()
    {
        var browser = await WebInterfaceTests.SignedInAsync(Browser(), "nina.neglect");
        using var explorer = await browser.GetAsync("/explorer");
        Assert.Equal(HttpStatusCode.Redirect, explorer.StatusCode);
        Assert.Equal("/graphql", explorer.Headers.Location!.OriginalString);
        Assert.Contains("href=\"/graphql\"", await browser.GetStringAsync("/"));
    }
}
