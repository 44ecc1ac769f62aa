using Safeguarding.SharedKernel.Web;
using Safeguarding.Governance.Web;
namespace Safeguarding.Governance.Web.Pages.Governance;

public sealed class IndexModel : PartnershipPage
{
    public sealed record Named(string Name);
    public sealed record OverdueAction(string Title, DateOnly DueDate, string Status, Named Owner, Named Body);

    protected override WebArea Area => GovernanceModule.Workspace;
    public List<OverdueAction> Actions { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var answer = await GraphQL.RunAsync("{ overdueActions { title dueDate status owner { name } body { name } } }");
        ShowErrors(answer);
        Actions = answer.Get<List<OverdueAction>>("overdueActions") ?? [];
    }
}
