using Safeguarding.SharedKernel.Time;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The scalar <c>FinancialYear</c>: one spelling of a year across every module, "2023/24" (1 April 2023 to 31 March
/// 2024). The spellings modules took before ("2023-24", "2023/2024", "2023-2024") are read as the same year for this
/// release; anything else is refused before a resolver runs. Resolvers receive, and may return, the label as text
/// (or a <see cref="FinancialYear"/>); it is always written "2023/24".
/// </summary>
public sealed class FinancialYearGraphType() : FinancialPeriodGraphType<FinancialYear>("FinancialYear",
    "A financial year, 1 April to 31 March, written \"2024/25\". Until the next release \"2024-25\", \"2024/2025\" and \"2024-2025\" " +
    "are read as the same year (deprecated spellings); answers always use \"2024/25\".",
    "a financial year", Example, "1 April 2024 to 31 March 2025")
{
    public const string Example = "2024/25";
}
