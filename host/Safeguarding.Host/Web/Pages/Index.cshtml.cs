using Microsoft.AspNetCore.Mvc;

namespace Safeguarding.Host.Web.Pages;

public sealed class IndexModel(WebNavigation navigation) : PartnershipPage
{
    [BindProperty(SupportsGet = true)] public string? Unavailable { get; set; }
    public IReadOnlyList<WebArea> Areas { get; private set; } = [];

    public async Task OnGetAsync() => Areas = await navigation.VisibleAsync();
}
