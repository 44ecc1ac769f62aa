namespace Safeguarding.Funding.Years;

public enum YearStatus { Open, Closed }

/// <summary>
/// A financial year, 1 April to 31 March, named like "2023/24" (the shared kernel's <see cref="SharedKernel.Time.FinancialYear"/>
/// reads and writes the label). Closed years are read-only.
/// </summary>
public sealed class FinancialYear
{
    public Guid Id { get; set; }
    public string Label { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public decimal OpeningReserve { get; set; }
    public YearStatus Status { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public List<IncomeLine> Income { get; set; } = [];
    public List<ExpenditureLine> Expenditure { get; set; } = [];
    public List<BudgetLine> Budget { get; set; } = [];

    public decimal TotalIncome => Income.Sum(i => i.Amount);
    public decimal TotalExpenditure => Expenditure.Sum(e => e.Amount);
    public decimal Surplus => TotalIncome - TotalExpenditure;
    public decimal ClosingReserve => OpeningReserve + Surplus;
}

/// <summary>Money in: a partner's contribution (PartnerId set) or a grant (named source).</summary>
public sealed class IncomeLine
{
    public Guid Id { get; set; }
    public Guid YearId { get; set; }
    public Guid? PartnerId { get; set; }
    /// <summary>The partner's name when recorded, or the grant's name.</summary>
    public string Source { get; set; } = "";
    public bool IsStatutoryPartner { get; set; }
    public decimal Amount { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public bool IsGrant => PartnerId is null;
}

/// <summary>Money out, by category (e.g. "Business unit staffing").</summary>
public sealed class ExpenditureLine
{
    public Guid Id { get; set; }
    public Guid YearId { get; set; }
    public string Category { get; set; } = "";
    public string? Description { get; set; }
    public decimal Amount { get; set; }
}

public enum BudgetKind { Income, Expenditure }

/// <summary>What the partnership planned for a heading (an income source or an expenditure category).</summary>
public sealed class BudgetLine
{
    public Guid Id { get; set; }
    public Guid YearId { get; set; }
    public BudgetKind Kind { get; set; }
    public string Heading { get; set; } = "";
    public decimal Amount { get; set; }
}

/// <summary>Money is decimal pounds with pence: positive, at most two decimal places, below ten million.</summary>
public static class Money
{
    public const decimal Maximum = 10_000_000m;
    public static bool IsValidAmount(decimal amount) => amount > 0 && amount < Maximum && decimal.Round(amount, 2) == amount;
    public static bool IsValidReserve(decimal amount) => amount >= 0 && amount < Maximum && decimal.Round(amount, 2) == amount;
}
