using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Safeguarding.Host.Auth;

namespace Safeguarding.Host.Web;

/// <summary>
/// How a person signs in to the web interface: a cookie holding the same claims a bearer token carries. In Development
/// (and the test environment) a demo user is picked from a list; otherwise the partnership's identity provider signs
/// them in by OpenID Connect. API clients keep sending bearer tokens: a request with an Authorization header is
/// authenticated by the token, any other by the cookie.
/// </summary>
public static class WebSignIn
{
    public const string Scheme = "Partnership";
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;
    public const string CookieName = "safeguarding.session";

    public static bool DemoUsersAllowed(IHostEnvironment environment) => environment.IsDevelopment() || environment.IsEnvironment("Testing");

    /// <summary>The default scheme: the bearer token when one is sent, otherwise the web interface's cookie.</summary>
    public static AuthenticationBuilder AddPartnershipSchemes(this AuthenticationBuilder authentication, OidcOptions oidc)
    {
        authentication.AddPolicyScheme(Scheme, "Bearer token or web sign-in", o => o.ForwardDefaultSelector = http =>
            http.Request.Headers.Authorization.Count > 0 ? JwtBearerDefaults.AuthenticationScheme : CookieScheme);
        authentication.AddCookie(CookieScheme, o =>
        {
            o.LoginPath = "/sign-in";
            o.LogoutPath = "/sign-out";
            o.AccessDeniedPath = "/";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Strict: no other site can make the browser send it. Signing in through the identity provider ends with a
            // redirect that starts on the provider's site, which a Strict cookie would not survive, so that case uses Lax
            // (forms carry antiforgery tokens and /graphql requires a header only this site's scripts can add).
            o.Cookie.SameSite = oidc.Configured ? SameSiteMode.Lax : SameSiteMode.Strict;
            o.Events.OnRedirectToLogin = ctx => NotForApi(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => NotForApi(ctx, StatusCodes.Status403Forbidden);
        });
        if (oidc.Configured)
            authentication.AddOpenIdConnect(OidcScheme, o =>
            {
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.UsePkce = true;
                o.SaveTokens = false;
                o.SignInScheme = CookieScheme;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.Scope.Clear();
                foreach (var scope in oidc.Scopes.Count > 0 ? oidc.Scopes : ["openid", "profile"]) o.Scope.Add(scope);
                // The partnership's claims, under the names bearer tokens use.
                foreach (var claim in new[] { "role", PartnershipClaims.WorkingGroup, PartnershipClaims.Agency, PartnershipClaims.DisplayName })
                    o.ClaimActions.MapJsonKey(claim, claim);
                o.TokenValidationParameters.NameClaimType = "sub";
                o.TokenValidationParameters.RoleClaimType = "role";
            });
        return authentication;
    }

    private static Task NotForApi(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/graphql") || ctx.Request.Path.StartsWithSegments("/health")) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>The same claims the <c>token</c> command puts in a demo user's bearer token.</summary>
    public static ClaimsPrincipal DemoPrincipal(DemoUser user) =>
        new(new ClaimsIdentity(DemoUsers.Claims(user), "DemoSignIn", "sub", "role"));
}
