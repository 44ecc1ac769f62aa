namespace Safeguarding.Funding.Years;

/// <summary>What the partnership planned for a heading (an income source or an expenditure category). Set by its <see cref="FundingYear"/>.</summary>
public sealed class BudgetLine
{
    private BudgetLine() { }

    public Guid Id { get; private set; }
    public Guid YearId { get; private set; }
    public BudgetKind Kind { get; private set; }
    public string Heading { get; private set; } = "";
    public decimal Amount { get; private set; }

    internal static BudgetLine For(Guid yearId, BudgetKind kind, string heading) =>
        new() { Id = Guid.NewGuid(), YearId = yearId, Kind = kind, Heading = heading };

    internal void Plan(decimal amount) => Amount = amount;
}
