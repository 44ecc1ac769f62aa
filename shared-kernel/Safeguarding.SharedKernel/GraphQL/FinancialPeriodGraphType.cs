using Safeguarding.SharedKernel.Time;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// A scalar for a period of the financial year written as its label (<see cref="FinancialYearGraphType"/>,
/// <see cref="FinancialQuarterGraphType"/>): text in, the label out, whichever spelling the client used; a period no
/// spelling can mean is refused with <see cref="InvalidScalarValue"/>, in words. Resolvers receive the label as text and
/// may return the label or the <typeparamref name="TPeriod"/>.
/// </summary>
public abstract class FinancialPeriodGraphType<TPeriod> : ScalarGraphType where TPeriod : struct, IFinancialPeriod<TPeriod>
{
    private readonly string _refusal;
    private readonly string _literalRefusal;

    /// <param name="what">"a financial year": how a refusal names the period.</param>
    /// <param name="example">"2024/25": the label a refusal tells the client to write, with <paramref name="meaning"/>.</param>
    protected FinancialPeriodGraphType(string name, string description, string what, string example, string meaning)
    {
        Name = name;
        Description = description;
        _refusal = $"is not {what}: write it like {example} ({meaning}).";
        _literalRefusal = $"{char.ToUpperInvariant(what[0])}{what[1..]} is text written like {example}.";
    }

    // Text is the right kind of value: whether it names a period is for ParseValue to say, in words a practitioner reads,
    // rather than the executor's "unable to convert".
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLStringValue or GraphQLNullValue;
    public override bool CanParseValue(object? value) => value is null or string or TPeriod;

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => Read((string)text.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value, _literalRefusal),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Read(text),
        TPeriod period => period.Label,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        TPeriod period => period.Label,
        string text => Read(text),
        _ => ThrowSerializationError(value),
    };

    private string Read(string text) => TPeriod.TryParseAnySpelling(text, out var period) ? period.Label : throw new InvalidScalarValue($"\"{text}\" {_refusal}");
}
