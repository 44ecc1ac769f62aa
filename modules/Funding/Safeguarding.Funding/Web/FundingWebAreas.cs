using Safeguarding.SharedKernel.Web;

namespace Safeguarding.Funding.Web;

/// <summary>The Funding module's parts of the web interface, offered to the host through the module's entry point.</summary>
public static class FundingWebAreas
{
    public static readonly WebArea Workspace = new("Funding", "/funding",
        "The partnership's money for a year: who paid in, what was spent, and what is left.",
        "Funding", Access.AnySignedIn, 600);

    public static readonly IReadOnlyList<WebArea> All = [Workspace];
}
