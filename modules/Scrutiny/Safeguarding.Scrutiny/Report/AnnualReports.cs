using Safeguarding.Scrutiny.Persistence;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Scrutiny.Report;

/// <summary>
/// The annual report's data sections for a financial year, and the figures the partnership published for it. Both are
/// publications: their small numbers are withheld for every reader (<see cref="SmallNumbers.Published"/>).
/// </summary>
public sealed class AnnualReports(ScrutinyDbContext db, ModuleCatalog catalog, IModuleSwitch switches, TimeProvider clock, SmallNumbers smallNumbers)
{
    public Task<AnnualReportView> BuildAsync(FinancialYear year, CancellationToken ct) =>
        AnnualReport.BuildAsync(db, catalog, switches, year, clock.GetUtcNow(), smallNumbers.Published, ct);

    /// <summary>By section, then measure.</summary>
    public async Task<IReadOnlyList<PublishedFigureView>> PublishedFiguresAsync(FinancialYear year, CancellationToken ct) =>
        (await db.PublishedFigures.AsNoTracking().Where(f => f.Year == year.Label).OrderBy(f => f.Section).ThenBy(f => f.Measure).ToListAsync(ct))
        .Select(f => PublishedFigureView.Of(f, smallNumbers.Published)).ToList();
}
