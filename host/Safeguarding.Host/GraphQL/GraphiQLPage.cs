using System.Net;
using Microsoft.Net.Http.Headers;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// GraphiQL, for a browser that opens <c>/graphql</c>: the IDE signed in by the web interface's cookie, running every
/// request as that person through the same endpoint (with the <see cref="GraphQLHttpEndpoint.CookieRequestHeader"/>
/// header that only this site's scripts can add). Its scripts and stylesheet are the npm packages' own minified builds,
/// committed under <c>wwwroot/graphiql/vendor/</c> (rebuilt by <c>tools/graphiql/</c>), so the page works offline and its
/// Content-Security-Policy lets it reach nothing but this host (decision 0023).
/// </summary>
public static class GraphiQLPage
{
    /// <summary>The package versions of the committed assets (tools/graphiql/package.json), to tell browsers' caches apart.</summary>
    public const string Version = "graphiql-4.1.2-react-18.3.1";

    /// <summary>Scripts and styles from this host only; fonts and GraphiQL's small icons are data: URLs inside its stylesheet.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self' data:; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>A GET whose Accept header prefers HTML to JSON: a browser opening the address, not a GraphQL client.</summary>
    public static bool IsWanted(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method)) return false;
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept.Where(v => v is not null).ToList()!, out var types)) return false;
        double html = 0, json = 0;
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1.0;
            var name = type.MediaType.Value?.ToLowerInvariant();
            if (name is "text/html" or "application/xhtml+xml") html = Math.Max(html, quality);
            else if (name is GraphQLHttpEndpoint.GraphQLResponseJson or GraphQLHttpEndpoint.Json or "application/*" or "*/*") json = Math.Max(json, quality);
        }
        return html > 0 && html > json;
    }

    public static async Task WriteAsync(HttpContext http)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            // Sign in through the web interface, then come back here (with the query, when the address carried one).
            http.Response.Redirect("/sign-in?ReturnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
            return;
        }
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(Html(http.User.Identity.Name ?? ""), http.RequestAborted);
    }

    private static string Html(string user) => $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>GraphiQL – the partnership's GraphQL API</title>
        <link rel="stylesheet" href="/graphiql/vendor/graphiql.min.css?v={{Version}}">
        <link rel="stylesheet" href="/graphiql/page.css?v={{Version}}">
        </head>
        <body>
        <div id="graphiql" data-endpoint="{{GraphQLHttpEndpoint.Path}}" data-user="{{WebUtility.HtmlEncode(user)}}">Loading GraphiQL…</div>
        <script src="/graphiql/vendor/react.production.min.js?v={{Version}}"></script>
        <script src="/graphiql/vendor/react-dom.production.min.js?v={{Version}}"></script>
        <script src="/graphiql/vendor/graphiql.min.js?v={{Version}}"></script>
        <script src="/graphiql/start.js?v={{Version}}"></script>
        </body>
        </html>
        """;
}
