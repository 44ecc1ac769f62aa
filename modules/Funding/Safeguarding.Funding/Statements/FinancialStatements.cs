using Safeguarding.Funding.Persistence;
using Safeguarding.Funding.Years;

namespace Safeguarding.Funding.Statements;

/// <summary>Reads the partnership's funding years and their statements. Nothing here is personal data.</summary>
public sealed class FinancialStatements(FundingDbContext db, FundingYears years)
{
    /// <summary>Every year, newest first.</summary>
    public async Task<IReadOnlyList<FundingYear>> YearsAsync(CancellationToken ct) =>
        (await db.Years.AsNoTracking().ToListAsync(ct)).OrderByDescending(y => y.StartsOn).ToList();

    /// <summary>The statement of the year labelled <paramref name="label"/>; <paramref name="field"/> names the argument it came from.</summary>
    public async Task<FinancialStatement> OfAsync(string? label, string field, CancellationToken ct) =>
        FinancialStatement.Of(await years.FindAsync(label, field, tracked: false, ct));

    /// <summary>How the headline figures changed from one year to another.</summary>
    public async Task<IReadOnlyList<FigureChange>> CompareAsync(string? from, string? to, CancellationToken ct) =>
        FinancialStatement.Compare(await OfAsync(from, "from", ct), await OfAsync(to, "to", ct));
}
