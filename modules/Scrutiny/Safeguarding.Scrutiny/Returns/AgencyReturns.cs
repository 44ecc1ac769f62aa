using Safeguarding.Scrutiny.Measures;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.Scrutiny.ReadModel;

namespace Safeguarding.Scrutiny.Returns;

/// <summary>
/// Agencies' figures for the measures no module records, and the agencies expected to supply them. An agency is known by
/// Scrutiny's copy of the partners (from Governance's PartnerRegistered) and a return is stored under its name then.
/// </summary>
public sealed class AgencyReturns(ScrutinyDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Newest quarter first, then by agency, a page at a time; of one measure when given. The returns of a measure and
    /// quarter are the cells of the total the scorecard shows, so under <paramref name="rule"/> they are withheld as the
    /// scorecard withholds them: the whole measure and quarter is read for each one on the page, and the same counts are
    /// entered in the same order (by the agency's name as the scorecard shows it).
    /// </summary>
    public async Task<Page<DataReturnView>> ReturnsAsync(string? measure, PageRequest page, DisclosureControl rule, CancellationToken ct)
    {
        var query = db.DataReturns.AsNoTracking();
        if (measure is not null) query = query.Where(r => r.Measure == measure);
        var rows = await query.PageAsync(page, ListOrder<DataReturn>.Descending(r => r.Quarter).ThenAscending(r => r.Agency).ThenAscending(r => r.Id), ct);
        var shown = await WithheldAsync(rows.Rows.Select(r => (r.Item.Measure, r.Item.Quarter)).Distinct().ToList(), rule, ct);
        return rows.Select(r => DataReturnView.Of(r, shown[r.Id]));
    }

    private async Task<Dictionary<Guid, Disclosed<decimal>>> WithheldAsync(IReadOnlyList<(string Measure, string Quarter)> groups, DisclosureControl rule, CancellationToken ct)
    {
        var measures = groups.Select(g => g.Measure).Distinct().ToList();
        var quarters = groups.Select(g => g.Quarter).Distinct().ToList();
        var returns = (await db.DataReturns.AsNoTracking().Where(r => measures.Contains(r.Measure) && quarters.Contains(r.Quarter)).ToListAsync(ct))
            .Where(r => groups.Contains((r.Measure, r.Quarter))).ToList();
        var suppliers = await db.DataSuppliers.AsNoTracking().Where(s => measures.Contains(s.Measure)).ToListAsync(ct);
        var shown = new Dictionary<Guid, Disclosed<decimal>>();
        foreach (var made in returns.GroupBy(r => (r.Measure, r.Quarter)))
        {
            var names = made.Select(r => (r.PartnerId, r.Agency)).Concat(suppliers.Where(s => s.Measure == made.Key.Measure).Select(s => (s.PartnerId, s.Agency)))
                .GroupBy(a => a.PartnerId).ToDictionary(g => g.Key, g => g.Last().Agency);
            var table = rule.Table();
            var cells = made.OrderBy(r => names[r.PartnerId], StringComparer.Ordinal).Select(r => (Return: r, Cell: table.Count(Count(r.Value)))).ToList();
            table.Sum(table.Unshown(cells.Sum(c => Count(c.Return.Value))), cells.Select(c => c.Cell));
            foreach (var (entered, cell) in cells) shown[entered.Id] = table.IsWithheld(cell) ? Disclosed<decimal>.Withheld : Disclosed<decimal>.Shown(entered.Value);
        }
        return shown;
    }

    private static int Count(decimal value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    public async Task<IReadOnlyList<DataSupplier>> SuppliersAsync(CancellationToken ct) =>
        await db.DataSuppliers.AsNoTracking().OrderBy(s => s.Measure).ThenBy(s => s.Agency).ToListAsync(ct);

    /// <summary>The agency's figure for a measure and quarter; a later return for the same quarter and agency corrects it.</summary>
    public async Task<DataReturn> SubmitAsync(SubmitDataReturnInput input, string submittedBy, CancellationToken ct)
    {
        var today = clock.Today();
        var check = new InputCheck();
        var measure = ReturnedMeasure(check, input.Measure);
        var partnerId = check.ParseId(input.PartnerId, "partnerId", "The agency");
        DataReturn.Check(check, input.Quarter, input.Value, input.Note, today, out var quarter).ThrowIfInvalid();
        var agency = await AgencyAsync(partnerId, ct);
        var row = await db.DataReturns.FirstOrDefaultAsync(r => r.Measure == measure!.Code && r.Quarter == quarter.Label && r.PartnerId == partnerId, ct);
        if (row is null) db.DataReturns.Add(row = DataReturn.Submit(measure!.Code, input.Quarter, partnerId, agency, input.Value, input.Note, submittedBy, clock.GetUtcNow(), today));
        else row.Correct(agency, input.Value, input.Note, submittedBy, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return row;
    }

    /// <summary>The agency is expected to return the measure from a quarter on, so that a missing return shows as a gap; once per measure and agency.</summary>
    public async Task<DataSupplier> ExpectAsync(ExpectDataSupplierInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var measure = ReturnedMeasure(check, input.Measure);
        var partnerId = check.ParseId(input.PartnerId, "partnerId", "The agency");
        DataSupplier.Check(check, input.ExpectedFrom, input.NoDataSince, input.Note, out _).ThrowIfInvalid();
        var agency = await AgencyAsync(partnerId, ct);
        if (await db.DataSuppliers.AnyAsync(s => s.Measure == measure!.Code && s.PartnerId == partnerId, ct))
            throw DomainException.Conflict($"{agency} is already expected to return {measure!.Name}.");
        var supplier = DataSupplier.Expect(measure!.Code, partnerId, agency, input.ExpectedFrom, input.NoDataSince, input.Note);
        db.DataSuppliers.Add(supplier);
        await db.SaveChangesAsync(ct);
        return supplier;
    }

    private static MeasureDefinition? ReturnedMeasure(InputCheck check, string? code)
    {
        var measure = code is null ? null : MeasureCatalogue.Find(code.Trim());
        check.Require(measure is { FromReturns: true }, "measure",
            $"Returns are made for {string.Join(", ", MeasureCatalogue.All.Where(m => m.FromReturns).Select(m => m.Code))}; the other measures come from the modules.");
        return measure;
    }

    /// <summary>The agency's name from Scrutiny's copy of the partners (from Governance's PartnerRegistered).</summary>
    private async Task<string> AgencyAsync(Guid partnerId, CancellationToken ct)
    {
        var key = partnerId.ToString();
        var partner = await db.Facts.AsNoTracking().FirstOrDefaultAsync(f => f.Kind == FactKinds.Partner && f.Key == key, ct)
            ?? throw DomainException.NotFound("partner agency", partnerId);
        return partner.Category ?? key;
    }
}
