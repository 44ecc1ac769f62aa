using GraphQL;

namespace Safeguarding.Tests.Architecture.Fixtures;

/// <summary>A slice's resolver may read GraphQL arguments: the rule leaves <c>*Graph</c> types alone.</summary>
public static class ExampleGraph
{
    public static string YearOf(IResolveFieldContext context) => context.GetArgument<string>("year");
}
