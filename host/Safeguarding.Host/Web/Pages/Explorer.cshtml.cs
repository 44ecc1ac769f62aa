namespace Safeguarding.Host.Web.Pages;

public sealed class ExplorerModel : PartnershipPage
{
    protected override WebArea Area => WebAreas.Explorer;
    public void OnGet() { }
}
