namespace Safeguarding.Host.Web;

/// <summary>The host's own parts of the web interface; each module offers its workspaces itself (<c>PartnershipModule.WebAreas</c>).</summary>
public static class HostWebAreas
{
    public static readonly WebArea Modules = new("Modules", "/admin/modules",
        "Switch parts of the system on and off, and see who did it and why.",
        null, Access.Administrator, 900);

    public static readonly WebArea FindAChild = new("Find a child", FindChildLinkTagHelper.FindAChildPath,
        "Find a child by NHS number, Unique Pupil Number, or name and date of birth, instead of pasting a reference.",
        null, Access.AnyPractitioner, 50);

    public static readonly WebArea PossibleDuplicates = new("Possible duplicates", "/possible-duplicates",
        "Decide whether two records are one child: the questions for your working groups, oldest first.",
        null, Access.AnyPractitioner, 60);

    /// <summary>GraphiQL, served by the GraphQL endpoint itself to a browser (<c>GraphiQLPage</c>).</summary>
    public static readonly WebArea Explorer = new("API explorer", "/graphql",
        "For people who write software against the partnership's GraphQL API: GraphiQL, with completion and the schema's documentation, running queries as yourself.",
        null, Access.AnySignedIn, 910);

    public static readonly WebArea SubjectAccess = new("Subject access", "/data-protection/subject-access",
        "Everything held about a person across the partnership, as a readable document or JSON, for a subject access request.",
        null, Access.DataProtectionOfficer, 800);

    public static readonly IReadOnlyList<WebArea> All = [FindAChild, PossibleDuplicates, SubjectAccess, Modules, Explorer];
}
