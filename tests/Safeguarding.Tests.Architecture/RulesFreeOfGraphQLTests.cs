using System.Reflection;
using NetArchTest.Rules;

namespace Safeguarding.Tests.Architecture;

/// <summary>
/// Inside a module, only the API and the pages may know how they are served: graph types and <c>*Graph</c> slices may
/// use GraphQL, pages (a <c>.Web</c> namespace) may use ASP.NET Core. Entities, services, handlers, persistence and demo
/// data use neither, so a rule can be read, tested and reused without a request around it.
/// </summary>
public sealed class RulesFreeOfGraphQLTests
{
    private static readonly string[] ServingNamespaces = ["GraphQL", "Microsoft.AspNetCore", "Safeguarding.SharedKernel.GraphQL"];

    /// <summary>
    /// Types that still mix a rule with GraphQL, to be reshaped: the list may only shrink. A type that no longer needs
    /// its entry fails the test until the entry is removed; a type not listed that breaks the rule fails it at once.
    /// </summary>
    public static readonly IReadOnlySet<string> NotYetReshaped = new HashSet<string>(StringComparer.Ordinal)
    {
    };

    /// <summary>A graph type, a <c>*Graph</c> slice or its argument helpers (<c>*GraphFields</c>, <c>*GraphArguments</c>), a
    /// page, the module's entry point (which hands its slice to the schema), or anything nested in one.</summary>
    public static bool ServesTheApiOrAPage(Type type) =>
        typeof(global::GraphQL.Types.IGraphType).IsAssignableFrom(type)
        || type.Name.Contains("Graph", StringComparison.Ordinal)
        || type.IsSubclassOf(typeof(Safeguarding.SharedKernel.Modules.PartnershipModule))
        || type.Namespace?.Split('.').Contains("Web") == true
        || (type.DeclaringType is { } outer && ServesTheApiOrAPage(outer));

    public static IReadOnlyList<string> RulesThatKnowHowTheyAreServed(Assembly module) =>
        Types.InAssembly(module).That().MeetCustomRule(new RuleTypes()).ShouldNot().HaveDependencyOnAny(ServingNamespaces)
            .GetResult().FailingTypeNames?.Where(n => !n.Contains('<')).Order(StringComparer.Ordinal).ToList() ?? [];

    [Fact]
    public void Entities_services_and_handlers_use_neither_GraphQL_nor_ASP_NET_Core()
    {
        var found = Solution.Modules.SelectMany(RulesThatKnowHowTheyAreServed).ToList();
        var added = found.Where(n => !NotYetReshaped.Contains(n)).ToList();
        var stale = NotYetReshaped.Where(n => !found.Contains(n)).ToList();
        Assert.True(added.Count == 0, "These types hold rules but use GraphQL or ASP.NET Core; move the rule into an entity or service that does not:\n" + string.Join("\n", added));
        Assert.True(stale.Count == 0, "These types are free of GraphQL now; remove them from NotYetReshaped:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void A_rule_that_throws_a_GraphQL_error_is_found()
    {
        var breaking = Types.InAssembly(typeof(RulesFreeOfGraphQLTests).Assembly).That().ResideInNamespace("Safeguarding.Tests.Architecture.Fixtures")
            .ShouldNot().HaveDependencyOnAny(ServingNamespaces).GetResult().FailingTypeNames ?? [];
        Assert.Contains("Safeguarding.Tests.Architecture.Fixtures.RuleAnsweringWithAnApiError", breaking);
        Assert.False(ServesTheApiOrAPage(typeof(Fixtures.RuleAnsweringWithAnApiError)));
        Assert.True(ServesTheApiOrAPage(typeof(Fixtures.ExampleGraph)));
    }

    private sealed class RuleTypes : ICustomRule
    {
        public bool MeetsRule(Mono.Cecil.TypeDefinition type)
        {
            var runtime = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.FullName == type.Module.Assembly.FullName)
                ?.GetType(type.FullName.Replace('/', '+'));
            return runtime is not null && !ServesTheApiOrAPage(runtime);
        }
    }
}
