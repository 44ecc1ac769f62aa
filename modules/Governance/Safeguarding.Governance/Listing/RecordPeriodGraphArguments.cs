using GraphQL.Builders;

namespace Safeguarding.Governance.Listing;

/// <summary>
/// The <c>from</c> and <c>to</c> arguments of a list read through a <see cref="RecordPeriod"/>, and the paging arguments:
/// the graph code's step that reads them from the request; <see cref="RecordPeriod.Of"/> holds the rule for what may be asked.
/// </summary>
internal static class RecordPeriodGraphArguments
{
    public static FieldBuilder<TSource, TReturn> WithPeriod<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string dated) =>
        field.Argument<DateOnlyGraphType>("from", $"{dated} on or after this day.")
            .Argument<DateOnlyGraphType>("to", $"{dated} on or before this day.")
            .Paged();

    public static RecordPeriod Period(this IResolveFieldContext c) => RecordPeriod.Of(c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"));

    /// <summary>An optional id argument, VALIDATION when it is given and not an id.</summary>
    public static Guid? OptionalId(this IResolveFieldContext c, string argument, string label) =>
        c.GetArgument<string?>(argument) is { } text ? InputCheck.Id(text, argument, label) : null;
}
