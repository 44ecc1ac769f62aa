using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Safeguarding.SharedKernel.Paging;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// A list that grows with use, served as a Relay cursor connection: <c>first</c>/<c>after</c> or <c>last</c>/<c>before</c>,
/// <c>pageInfo</c> and <c>totalCount</c>, so that a client walks it to its end and nothing is cut without saying so.
/// </summary>
public static class PagedFields
{
    /// <summary>
    /// Adds the paging arguments. The connection itself costs one; its rows (<c>edges</c>, <c>nodes</c>) cost what the page
    /// will hold (<see cref="RowsOfThePage"/>), by the same rule the page is read by.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", $"The first rows of the list (after `after`), 1 to {PageRequest.MaxSize}; {PageRequest.DefaultSize} when neither first nor last is given.")
            .Argument<StringGraphType>("after", "A cursor from a page of this list: the rows after it.")
            .Argument<IntGraphType>("last", $"The last rows of the list (before `before`), 1 to {PageRequest.MaxSize}.")
            .Argument<StringGraphType>("before", "A cursor from a page of this list: the rows before it.")
            .WithComplexityImpact(1, 1);

    /// <summary>
    /// What the rows of a page cost: each field under them once per row the page is asked to hold, read from the
    /// connection's <c>first</c> or <c>last</c> by <see cref="PageRequest.SizeAsked"/> (the rule the page is read by), so
    /// that <c>last: 5</c> costs five rows and no size the default. Held between 1 and the most a page serves: anything
    /// outside is refused when the page is read.
    /// </summary>
    public static FieldComplexityResult RowsOfThePage(FieldImpactContext rows)
    {
        var connection = rows.Parent;
        var asked = connection is null ? PageRequest.DefaultSize
            : PageRequest.SizeAsked(ListCost.Asked(connection.Value, "first"), ListCost.Asked(connection.Value, "last"));
        return new FieldComplexityResult(1, Math.Clamp(asked, 1, PageRequest.MaxSize));
    }

    /// <summary>The page the request asks for (checked by the list that serves it).</summary>
    public static PageRequest PageAsked(this IResolveFieldContext context) =>
        new(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"), context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
}
