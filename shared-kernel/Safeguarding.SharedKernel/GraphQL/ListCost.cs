using GraphQL;
using GraphQL.Builders;
using GraphQL.Validation.Complexity;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// What a list field costs in the complexity analysis (<c>GraphQL:MaxComplexity</c>). The analyser counts each selected
/// field once per row it expects, and without a figure it expects 20 rows of every list, so three nested lists count
/// 8,000 rows whatever they really hold. A list says how many rows it holds in a realistic partnership, or, when the
/// caller chooses how many (a <c>last</c> argument), exactly as many as were asked for.
/// </summary>
public static class ListCost
{
    /// <summary>The list holds about <paramref name="rows"/> rows in a realistic partnership (say why beside the figure).</summary>
    public static FieldBuilder<TSource, TReturn> Rows<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int rows) =>
        field.WithComplexityImpact(1, rows);

    /// <summary>
    /// The list returns as many rows as its <paramref name="argument"/> asks for, <paramref name="whenNotGiven"/> when it
    /// is not given. The figure is held between 1 and <paramref name="most"/> (the most the field serves): a negative
    /// or absurd number would otherwise make a document cost less than nothing, and the field refuses it anyway.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> RowsAsked<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string argument, int whenNotGiven, int most) =>
        field.WithComplexityImpact(c => new FieldComplexityResult(1, RowsAsked(c, argument, whenNotGiven, most)));

    public static int RowsAsked(FieldImpactContext context, string argument, int whenNotGiven, int most) =>
        Math.Clamp(Asked(context, argument) ?? whenNotGiven, 1, most);

    /// <summary>The whole number the request gives <paramref name="argument"/> (directly or through a variable), or null.</summary>
    public static int? Asked(FieldImpactContext context, string argument) =>
        context.Arguments?.TryGetValue(argument, out var value) == true && value.Value is int n ? n : null;
}
