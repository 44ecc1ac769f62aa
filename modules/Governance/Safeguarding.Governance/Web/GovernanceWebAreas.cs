using Safeguarding.SharedKernel.Web;

namespace Safeguarding.Governance.Web;

/// <summary>The Governance module's parts of the web interface, offered to the host through the module's entry point.</summary>
public static class GovernanceWebAreas
{
    public static readonly WebArea Workspace = new("Governance", "/governance",
        "Actions agreed by the partnership's boards and groups that are past their due date.",
        "Governance", Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator, 500);

    public static readonly IReadOnlyList<WebArea> All = [Workspace];
}
