using Microsoft.AspNetCore.Mvc;

namespace Safeguarding.Host.Web.Pages;

public sealed class IndexModel(WebNavigation navigation) : PartnershipPage
{
    /// <summary>The title of a part of the system someone tried to open and could not.</summary>
    [BindProperty(SupportsGet = true)] public string? Unavailable { get; set; }

    /// <summary>Why they could not: switched off (since when), not for them (who it is for), or both.</summary>
    public string? UnavailableWhy { get; private set; }

    public IReadOnlyList<WebArea> Areas { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Areas = await navigation.VisibleAsync();
        if (Unavailable is { Length: > 0 } title) UnavailableWhy = await navigation.WhyUnavailableAsync(title);
    }
}
