using Safeguarding.SharedKernel.Web;

namespace Safeguarding.Neglect.Web;

/// <summary>The Neglect module's parts of the web interface, offered to the host through the module's entry point.</summary>
public static class NeglectWebAreas
{
    public static readonly WebArea Workspace = new("Neglect", "/neglect",
        "Graded Care Profile 2 assessments: find them, record a child, assess their care and see it change.",
        "Neglect", Access.WorkingGroupMember, 100);

    public static readonly IReadOnlyList<WebArea> All = [Workspace];
}
