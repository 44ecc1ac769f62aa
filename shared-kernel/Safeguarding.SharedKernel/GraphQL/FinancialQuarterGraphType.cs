using Safeguarding.SharedKernel.Time;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The scalar <c>FinancialQuarter</c>: a quarter of the financial year, written "2023/24 Q1" (Q1 April to June, Q4
/// January to March). Its year is read as <see cref="FinancialYearGraphType"/> reads one, so "2023-24 Q1" is the same
/// quarter for this release; resolvers receive, and may return, the label as text (or a <see cref="FinancialQuarter"/>).
/// </summary>
public sealed class FinancialQuarterGraphType() : FinancialPeriodGraphType<FinancialQuarter>("FinancialQuarter",
    "A quarter of the financial year, written \"2024/25 Q1\" (Q1 April to June, Q2 July to September, Q3 October to December, " +
    "Q4 January to March). Until the next release the year may be written as FinancialYear's deprecated spellings; answers always " +
    "use \"2024/25 Q1\".",
    "a financial quarter", Example, "April to June 2024")
{
    public const string Example = "2024/25 Q1";
}
