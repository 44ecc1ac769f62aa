using System.Security.Claims;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.SharedKernel.Web;

/// <summary>
/// One part of the web interface: a workspace or page in the navigation. It is shown, and may be opened, only when the
/// signed-in person may use it and, for a module's workspace, only while that module is switched on. Who may use it is an
/// <see cref="Access"/>, as for the schema's fields (a working group is the module's), so the same words say who it is for.
/// A module offers its areas through <see cref="Modules.PartnershipModule.WebAreas"/>; <paramref name="Place"/> orders the
/// navigation (workspaces first, then the partnership's figures, then administration and tools).
/// </summary>
public sealed record WebArea(string Title, string Path, string Description, string? Module, Access Access, int Place)
{
    public bool MayUse(ClaimsPrincipal user) => user.Allows(Access, Module);

    /// <summary>"members of the Neglect working group", "everyone signed in", ...</summary>
    public string Audience => AccessAudience.Describe(Access, Module);
}
