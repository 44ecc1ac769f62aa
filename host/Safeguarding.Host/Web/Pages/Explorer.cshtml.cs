using Safeguarding.SharedKernel.Web;
namespace Safeguarding.Host.Web.Pages;

public sealed class ExplorerModel : PartnershipPage
{
    protected override WebArea Area => HostWebAreas.Explorer;
    public void OnGet() { }
}
