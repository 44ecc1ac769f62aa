using Safeguarding.SharedKernel.Web;

namespace Safeguarding.Adolescents.Web;

/// <summary>The Adolescents module's parts of the web interface, offered to the host through the module's entry point.</summary>
public static class AdolescentsWebAreas
{
    public static readonly WebArea Workspace = new("Adolescents", "/adolescents",
        "Young people at risk outside the home: record a missing episode.",
        "Adolescents", Access.WorkingGroupMember, 200);

    public static readonly WebArea Briefing = new("Daily briefing", "/adolescents/briefing",
        "Today's Daily Intelligence Briefing: the young people most at risk, why, and the responses agreed.",
        "Adolescents", Access.WorkingGroupMember, 210);

    public static readonly IReadOnlyList<WebArea> All = [Workspace, Briefing];
}
