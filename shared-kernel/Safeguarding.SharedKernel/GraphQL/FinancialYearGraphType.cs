using GraphQL.Types;
using GraphQLParser.AST;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The scalar <c>FinancialYear</c>: one spelling of a year across every module, "2023/24" (1 April 2023 to 31 March
/// 2024). The spellings modules took before ("2023-24", "2023/2024", "2023-2024") are read as the same year for this
/// release; anything else is refused before a resolver runs. Resolvers receive, and may return, the label as text
/// (or a <see cref="FinancialYear"/>); it is always written "2023/24".
/// </summary>
public sealed class FinancialYearGraphType : ScalarGraphType
{
    public const string Example = "2024/25";

    public FinancialYearGraphType()
    {
        Name = "FinancialYear";
        Description = "A financial year, 1 April to 31 March, written \"2024/25\". Until the next release \"2024-25\", \"2024/2025\" and \"2024-2025\" " +
                      "are read as the same year (deprecated spellings); answers always use \"2024/25\".";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue text => Read((string)text.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value, $"A financial year is text written like {Example}."),
    };

    // Text is the right kind of value: whether it names a year is for ParseValue to say, in words a practitioner reads,
    // rather than the executor's "unable to convert".
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLStringValue or GraphQLNullValue;
    public override bool CanParseValue(object? value) => value is null or string or FinancialYear;

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Read(text),
        FinancialYear year => year.Label,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        FinancialYear year => year.Label,
        string text => Read(text),
        _ => ThrowSerializationError(value),
    };

    private static string Read(string text) => FinancialYear.TryParseAnySpelling(text, out var year)
        ? year.Label
        : throw new InvalidScalarValue($"\"{text}\" is not a financial year: write it like {Example} (1 April 2024 to 31 March 2025).");
}
