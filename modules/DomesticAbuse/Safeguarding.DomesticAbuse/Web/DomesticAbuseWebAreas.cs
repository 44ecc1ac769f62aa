using Safeguarding.SharedKernel.Web;

namespace Safeguarding.DomesticAbuse.Web;

/// <summary>The DomesticAbuse module's parts of the web interface, offered to the host through the module's entry point.</summary>
public static class DomesticAbuseWebAreas
{
    public static readonly WebArea Workspace = new("Domestic abuse", "/domestic-abuse",
        "Protection notices and Operation Encompass notifications to schools.",
        "DomesticAbuse", Access.WorkingGroupMember, 300);

    public static readonly IReadOnlyList<WebArea> All = [Workspace];
}
