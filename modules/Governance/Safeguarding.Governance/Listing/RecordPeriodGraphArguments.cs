using GraphQL.Builders;

namespace Safeguarding.Governance.Listing;

/// <summary>
/// The <c>from</c>, <c>to</c> and <c>last</c> arguments of a list read through a <see cref="RecordWindow"/>: the graph
/// code's step that reads them from the request; <see cref="RecordWindow.Of"/> holds the rule for what may be asked.
/// </summary>
internal static class RecordWindowGraphArguments
{
    public static FieldBuilder<TSource, TReturn> WithWindow<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string dated, ListSize size) =>
        field.Argument<DateOnlyGraphType>("from", $"{dated} on or after this day.")
            .Argument<DateOnlyGraphType>("to", $"{dated} on or before this day.")
            .Argument<IntGraphType>("last", $"How many, the most recent first (default {size.WhenNotGiven}, at most {size.Most}).")
            .RowsAsked("last", size.WhenNotGiven, size.Most);

    public static RecordWindow Window(this IResolveFieldContext c, ListSize size, string records) =>
        RecordWindow.Of(c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), c.GetArgument<int?>("last") ?? size.WhenNotGiven, size.Most, records);

    /// <summary>An optional id argument, VALIDATION when it is given and not an id.</summary>
    public static Guid? OptionalId(this IResolveFieldContext c, string argument, string label) =>
        c.GetArgument<string?>(argument) is { } text ? InputCheck.Id(text, argument, label) : null;
}
