using GraphQL.Types;
using GraphQLParser.AST;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The scalar <c>FinancialQuarter</c>: a quarter of the financial year, written "2023/24 Q1" (Q1 April to June, Q4
/// January to March). Its year is read as <see cref="FinancialYearGraphType"/> reads one, so "2023-24 Q1" is the same
/// quarter for this release; resolvers receive, and may return, the label as text (or a <see cref="FinancialQuarter"/>).
/// </summary>
public sealed class FinancialQuarterGraphType : ScalarGraphType
{
    public const string Example = "2024/25 Q1";

    public FinancialQuarterGraphType()
    {
        Name = "FinancialQuarter";
        Description = "A quarter of the financial year, written \"2024/25 Q1\" (Q1 April to June, Q2 July to September, Q3 October to December, " +
                      "Q4 January to March). Until the next release the year may be written as FinancialYear's deprecated spellings; answers always " +
                      "use \"2024/25 Q1\".";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => Read((string)text.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value, $"A financial quarter is text written like {Example}."),
    };

    // Text is the right kind of value: whether it names a quarter is for ParseValue to say, in words a practitioner reads,
    // rather than the executor's "unable to convert".
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLStringValue or GraphQLNullValue;
    public override bool CanParseValue(object? value) => value is null or string or FinancialQuarter;

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Read(text),
        FinancialQuarter quarter => quarter.Label,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        FinancialQuarter quarter => quarter.Label,
        string text => Read(text),
        _ => ThrowSerializationError(value),
    };

    private static string Read(string text) => FinancialQuarter.TryParseAnySpelling(text, out var quarter)
        ? quarter.Label
        : throw new InvalidScalarValue($"\"{text}\" is not a financial quarter: write it like {Example} (April to June 2024).");
}
