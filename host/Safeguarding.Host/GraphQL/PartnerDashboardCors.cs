using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Cross-origin access to /graphql for partner dashboards: pages served by another site that call the API from a browser
/// with a bearer token. Only the origins configured in <c>GraphQL:AllowedOrigins</c>, none by default; only GET and POST
/// with the headers a GraphQL client sends; never with credentials, so the web interface's session cookie is never sent
/// by another site's page (a dashboard signs in with its own token). ASP.NET Core's CORS middleware answers the browser's
/// preflight and adds the headers; this class only checks the configuration and builds the policy.
/// </summary>
public static class PartnerDashboardCors
{
    public const string Policy = "PartnerDashboards";

    /// <summary>How long a browser may keep a preflight's answer before asking again.</summary>
    public static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddPartnerDashboardCors(this IServiceCollection services, GraphQLOptions options)
    {
        var origins = options.AllowedOrigins.Select(Checked).ToArray();
        return services.AddCors(cors => cors.AddPolicy(Policy, policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("Authorization", "Content-Type", "Accept")
            .SetPreflightMaxAge(PreflightMaxAge)));
    }

    /// <summary>An origin as browsers send it (scheme, host, port; no path); anything else stops the host at start with the reason.</summary>
    private static string Checked(string origin)
    {
        if (origin.Trim() == CorsConstants.AnyOrigin)
            throw new InvalidOperationException("GraphQL:AllowedOrigins may not be \"*\": name each partner dashboard's origin, e.g. https://dashboard.example.org.");
        if (!Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.PathAndQuery != "/" || origin.Trim().EndsWith('/') || !string.IsNullOrEmpty(uri.UserInfo))
            throw new InvalidOperationException($"GraphQL:AllowedOrigins holds \"{origin}\", which is not an origin: give the scheme, host and port only, e.g. https://dashboard.example.org.");
        return uri.GetLeftPart(UriPartial.Authority);
    }
}
