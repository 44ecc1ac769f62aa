using Safeguarding.Scrutiny.Persistence;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Scrutiny.Report;

/// <summary>The annual report's data sections for a financial year, and the figures the partnership published for it.</summary>
public sealed class AnnualReports(ScrutinyDbContext db, ModuleCatalog catalog, IModuleSwitch switches, TimeProvider clock)
{
    public Task<AnnualReportView> BuildAsync(FinancialYear year, CancellationToken ct) =>
        AnnualReport.BuildAsync(db, catalog, switches, year, clock.GetUtcNow(), ct);

    /// <summary>By section, then measure.</summary>
    public async Task<IReadOnlyList<PublishedFigure>> PublishedFiguresAsync(FinancialYear year, CancellationToken ct) =>
        await db.PublishedFigures.AsNoTracking().Where(f => f.Year == year.Label).OrderBy(f => f.Section).ThenBy(f => f.Measure).ToListAsync(ct);
}
