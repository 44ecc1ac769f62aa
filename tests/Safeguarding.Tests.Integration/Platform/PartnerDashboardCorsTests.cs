using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// A partner dashboard served by another site may call /graphql from a browser only when its origin is configured
/// (GraphQL:AllowedOrigins), never with the web session's cookie, and no origin is allowed by default.
/// </summary>
public sealed class PartnerDashboardCorsTests
{
    private const string Dashboard = "https://dashboard.example.org";

    private static HttpRequestMessage Preflight(string origin, string method = "POST") => new(HttpMethod.Options, "/graphql")
    {
        Headers = { { "Origin", origin }, { "Access-Control-Request-Method", method }, { "Access-Control-Request-Headers", "authorization,content-type" } },
    };

    private static HttpRequestMessage Query(string origin, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ modules { name } }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", origin);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static string? AllowedOrigin(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;

    [Fact]
    public async Task A_configured_dashboard_origin_passes_the_preflight_and_reads_the_answer_and_no_other_origin_does()
    {
        using var host = new PartnershipHost(settings: new Dictionary<string, string?> { ["GraphQL:AllowedOrigins:0"] = Dashboard });
        var client = host.CreateClient();

        using var preflight = await client.SendAsync(Preflight(Dashboard));
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal(Dashboard, AllowedOrigin(preflight));
        var methods = string.Join(",", preflight.Headers.GetValues("Access-Control-Allow-Methods"));
        Assert.Contains("POST", methods);
        Assert.DoesNotContain("DELETE", methods);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Credentials")); // the session cookie never crosses sites

        using var answer = await client.SendAsync(Query(Dashboard, host.TokenFor("sam.scrutineer")));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(Dashboard, AllowedOrigin(answer));
        Assert.Contains("\"modules\"", await answer.Content.ReadAsStringAsync());

        // Another site gets no permission: its page cannot read the answer.
        using var elsewhere = await client.SendAsync(Preflight("https://elsewhere.example.com"));
        Assert.Null(AllowedOrigin(elsewhere));
        using var unreadable = await client.SendAsync(Query("https://elsewhere.example.com", host.TokenFor("sam.scrutineer")));
        Assert.Null(AllowedOrigin(unreadable));
        // Nor does a method the API does not take.
        using var delete = await client.SendAsync(Preflight(Dashboard, "DELETE"));
        Assert.DoesNotContain("DELETE", delete.Headers.TryGetValues("Access-Control-Allow-Methods", out var allowed) ? string.Join(",", allowed) : "");
    }

    [Fact]
    public async Task No_origin_is_allowed_by_default()
    {
        using var host = new PartnershipHost();
        var client = host.CreateClient();
        using var preflight = await client.SendAsync(Preflight(Dashboard));
        Assert.Null(AllowedOrigin(preflight));
        using var answer = await client.SendAsync(Query(Dashboard, host.TokenFor("sam.scrutineer")));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode); // a server-side client needs no CORS: only browsers enforce it
        Assert.Null(AllowedOrigin(answer));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://dashboard.example.org/reports")]
    [InlineData("dashboard.example.org")]
    [InlineData("ftp://dashboard.example.org")]
    public void A_host_configured_with_something_that_is_not_an_origin_does_not_start(string origin)
    {
        using var host = new PartnershipHost(settings: new Dictionary<string, string?> { ["GraphQL:AllowedOrigins:0"] = origin });
        var refused = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains("GraphQL:AllowedOrigins", refused.ToString());
    }
}
