using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Safeguarding.SharedKernel.Paging;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// A list that grows with use, served as a Relay cursor connection: <c>first</c>/<c>after</c> or <c>last</c>/<c>before</c>,
/// <c>pageInfo</c> and <c>totalCount</c>, so that a client walks it to its end and nothing is cut without saying so.
/// </summary>
public static class PagedFields
{
    /// <summary>Adds the paging arguments, and costs the field at the rows asked for (<see cref="Paging.PageRequest.DefaultSize"/> when none).</summary>
    public static FieldBuilder<TSource, TReturn> Paged<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field
            .Argument<IntGraphType>("first", $"The first rows of the list (after `after`), 1 to {Paging.PageRequest.MaxSize}; {Paging.PageRequest.DefaultSize} when neither first nor last is given.")
            .Argument<StringGraphType>("after", "A cursor from a page of this list: the rows after it.")
            .Argument<IntGraphType>("last", $"The last rows of the list (before `before`), 1 to {Paging.PageRequest.MaxSize}.")
            .Argument<StringGraphType>("before", "A cursor from a page of this list: the rows before it.")
            .WithComplexityImpact(c => new global::GraphQL.Validation.Complexity.FieldComplexityResult(1,
                Math.Max(ListCost.RowsAsked(c, "first", Paging.PageRequest.DefaultSize, Paging.PageRequest.MaxSize), ListCost.RowsAsked(c, "last", 1, Paging.PageRequest.MaxSize))));

    /// <summary>The page the request asks for (checked by the list that serves it).</summary>
    public static PageRequest PageAsked(this IResolveFieldContext context) =>
        new(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"), context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
}
