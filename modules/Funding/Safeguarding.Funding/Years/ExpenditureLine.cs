namespace Safeguarding.Funding.Years;

/// <summary>Money out, by category (e.g. "Business unit staffing"). Written by its <see cref="FundingYear"/>.</summary>
public sealed class ExpenditureLine
{
    private ExpenditureLine() { }

    public Guid Id { get; private set; }
    public Guid YearId { get; private set; }
    public string Category { get; private set; } = "";
    public string? Description { get; private set; }
    public decimal Amount { get; private set; }

    internal static ExpenditureLine Of(Guid yearId, string category, string? description, decimal amount) =>
        new() { Id = Guid.NewGuid(), YearId = yearId, Category = category, Description = description, Amount = amount };
}
