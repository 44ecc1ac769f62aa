using Safeguarding.SharedKernel.Web;

namespace Safeguarding.Csa.Web;

/// <summary>The Csa module's parts of the web interface, offered to the host through the module's entry point.</summary>
public static class CsaWebAreas
{
    public static readonly WebArea Workspace = new("Child sexual abuse", "/csa",
        "Record a sign or indicator of child sexual abuse.",
        "Csa", Access.WorkingGroupMember, 400);

    public static readonly IReadOnlyList<WebArea> All = [Workspace];
}
