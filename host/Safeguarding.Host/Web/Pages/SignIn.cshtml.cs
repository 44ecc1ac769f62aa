using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Safeguarding.Host.Auth;

namespace Safeguarding.Host.Web.Pages;

public sealed class SignInModel(IHostEnvironment environment, OidcOptions oidc) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public bool DemoUsers => WebSignIn.DemoUsersAllowed(environment);
    public bool Oidc => oidc.Configured;

    public IActionResult OnGetProvider() => Oidc
        ? Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl }, WebSignIn.OidcScheme)
        : NotFound();

    public async Task<IActionResult> OnPostAsync(string? user)
    {
        if (!DemoUsers) return NotFound();
        var demo = user is null ? null : Auth.DemoUsers.Find(user);
        if (demo is null) return Page();
        await HttpContext.SignInAsync(WebSignIn.CookieScheme, WebSignIn.DemoPrincipal(demo));
        return LocalRedirect(SafeReturnUrl);
    }

    private string SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}
