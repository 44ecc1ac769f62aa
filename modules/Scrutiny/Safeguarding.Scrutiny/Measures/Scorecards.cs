using Safeguarding.Scrutiny.Persistence;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Scrutiny.Measures;

/// <summary>
/// The partnership's scorecard as read today: which modules are here and switched on decides what is a gap. It is a
/// publication, so its small numbers are withheld for every reader (<see cref="SmallNumbers.Published"/>).
/// </summary>
public sealed class Scorecards(ScrutinyDbContext db, ModuleCatalog catalog, IModuleSwitch switches, TimeProvider clock, SmallNumbers smallNumbers)
{
    public Task<ScorecardView> BuildAsync(QuarterRange range, CancellationToken ct) =>
        Scorecard.BuildAsync(db, catalog, switches, range.From, range.To, clock.Today(), smallNumbers.Published, ct);

    /// <summary>The same scorecard as CSV: one row per measure, quarter and breakdown.</summary>
    public async Task<string> CsvAsync(QuarterRange range, CancellationToken ct) => Scorecard.ToCsv(await BuildAsync(range, ct));
}
