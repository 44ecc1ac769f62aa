using Microsoft.AspNetCore.Authentication;
using Safeguarding.Host.GraphQL;

namespace Safeguarding.Host.Web;

/// <summary>
/// The web interface: Razor Pages served by the host at /, each page reading and writing through the GraphQL schema
/// as the signed-in person (see docs/web-interface.md). The host serves its own pages (sign-in, home, modules, find a
/// child) and each module's, which compile with the module (its Web/Pages folder) and reach the navigation through the
/// module's <see cref="PartnershipModule.WebAreas"/>. No build step: the stylesheet is a plain file under wwwroot, and
/// GraphiQL's committed browser builds sit under wwwroot/graphiql/vendor (tools/graphiql copies them there).
/// </summary>
public static class WebInterface
{
    public static void AddPartnershipWeb(this IServiceCollection services, ModuleCatalog catalog)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<PageGraphQL>();
        services.AddScoped<WebNavigation>();
        services.AddSingleton(new WebAreaCatalog(HostWebAreas.All.Concat(catalog.Modules.SelectMany(m => m.WebAreas))));
        var pages = services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Web/Pages";
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/SignIn");
            foreach (var route in catalog.Modules.SelectMany(m => m.PageRoutes)) o.Conventions.AddPageRoute(route.Page, route.Route);
        });
        foreach (var assembly in catalog.Modules.Select(m => m.GetType().Assembly).Distinct())
            if (!pages.PartManager.ApplicationParts.Any(p => p.Name == assembly.GetName().Name)) pages.AddApplicationPart(assembly);
    }

    /// <summary>Before authentication: the stylesheet and scripts, and headers that keep pages from being framed or
    /// running anything that is not this site's own.</summary>
    public static void UsePartnershipWeb(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments(GraphQLHttpEndpoint.Path))
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
            }
            await next();
        });
        app.UseStaticFiles();
    }

    public static void MapPartnershipWeb(this WebApplication app)
    {
        app.MapRazorPages();
        // The API explorer was a page of its own; GraphiQL at /graphql replaced it, and old links still arrive there.
        app.MapGet("/explorer", () => Results.Redirect(GraphQLHttpEndpoint.Path));
    }

    public static AuthenticationBuilder AddPartnershipAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var oidc = configuration.GetSection("Auth:Oidc").Get<OidcOptions>() ?? new OidcOptions();
        services.AddSingleton(oidc);
        return services.AddAuthentication(WebSignIn.Scheme).AddPartnershipSchemes(oidc);
    }
}
