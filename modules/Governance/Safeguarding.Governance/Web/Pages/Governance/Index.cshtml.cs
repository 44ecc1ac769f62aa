using Safeguarding.SharedKernel.Web;
using Safeguarding.Governance.Web;
namespace Safeguarding.Governance.Web.Pages.Governance;

public sealed class IndexModel : PartnershipPage
{
    public sealed record Named(string Name);
    public sealed record OverdueAction(string Title, DateOnly DueDate, string Status, Named Owner, Named Body);

    protected override WebArea Area => GovernanceModule.Workspace;

    /// <summary>The longest overdue actions (the first page of the list).</summary>
    public List<OverdueAction> Actions { get; private set; } = [];

    /// <summary>How many actions are overdue in all.</summary>
    public int ActionsOverdue { get; private set; }

    public async Task OnGetAsync()
    {
        var answer = await GraphQL.RunAsync("{ overdueActions(first: 100) { totalCount nodes { title dueDate status owner { name } body { name } } } }");
        ShowErrors(answer);
        var overdue = ListPage<OverdueAction>.Of(answer, "overdueActions");
        Actions = overdue.Nodes;
        ActionsOverdue = overdue.TotalCount;
    }
}
