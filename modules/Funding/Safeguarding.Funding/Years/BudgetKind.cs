namespace Safeguarding.Funding.Years;

/// <summary>Which side of the partnership's budget a line is on.</summary>
public enum BudgetKind
{
    /// <summary>Money coming in: partners' contributions and other income.</summary>
    Income,
    /// <summary>Money going out: what the partnership spends.</summary>
    Expenditure,
}
