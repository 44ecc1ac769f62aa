using Safeguarding.Funding.Persistence;
using Safeguarding.Funding.Statements;

namespace Safeguarding.Funding.Years;

/// <summary>
/// Opens and closes the partnership's funding years and records money in and out: each request loads the year, lets
/// <see cref="FundingYear"/> apply its rules, publishes the event it returns and saves once.
/// </summary>
public sealed class FundingYears(FundingDbContext db, TimeProvider clock)
{
    /// <summary>The year labelled <paramref name="label"/> (like "2023/24") with all its lines; <paramref name="field"/> names the argument it came from.</summary>
    public async Task<FundingYear> FindAsync(string? label, string field, bool tracked, CancellationToken ct)
    {
        if (!FinancialYear.TryParse(label, out _))
            throw DomainException.Invalid(field, $"\"{label}\" is not a financial year: write it like 2023/24.");
        return await db.YearAsync(label!.Trim(), ct, tracked)
               ?? throw new DomainException(ErrorCodes.NotFound, $"There is no financial year {label!.Trim()} yet.");
    }

    public async Task<FundingYear> OpenAsync(string? label, decimal? openingReserve, CancellationToken ct)
    {
        label = label?.Trim();
        if (!FinancialYear.TryParse(label, out var period))
            throw DomainException.Invalid("year", $"\"{label}\" is not a financial year: write it like 2024/25.");
        if (await db.Years.AnyAsync(y => y.Label == period.Label, ct))
            throw DomainException.Conflict($"{period.Label} is already open.");
        var previous = await db.YearAsync(period.Previous.Label, ct);
        var anyYearOpened = await db.Years.AnyAsync(ct);
        var year = FundingYear.Open(period, previous, anyYearOpened, openingReserve);
        db.Years.Add(year);
        await db.SaveChangesAsync(ct);
        return year;
    }

    public async Task<FinancialStatement> RecordContributionAsync(RecordContributionInput input, CancellationToken ct)
    {
        var check = new InputCheck();
        var partnerId = check.ParseId(input.PartnerId, "partnerId", "The partner");
        check.RequireAmount(input.Amount).ThrowIfInvalid();
        var year = await FindAsync(input.Year, "year", tracked: true, ct);
        var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.PartnerId == partnerId, ct);
        db.Publish(year.RecordContribution(partnerId, partner, input.Amount, input.ReceivedOn));
        await db.SaveChangesAsync(ct);
        return FinancialStatement.Of(year);
    }

    public async Task<FinancialStatement> RecordGrantAsync(RecordGrantInput input, CancellationToken ct)
    {
        FundingYear.CheckGrant(input.Source, input.Amount).ThrowIfInvalid();
        var year = await FindAsync(input.Year, "year", tracked: true, ct);
        db.Publish(year.RecordGrant(input.Source, input.Amount));
        await db.SaveChangesAsync(ct);
        return FinancialStatement.Of(year);
    }

    public async Task<FinancialStatement> RecordExpenditureAsync(RecordExpenditureInput input, CancellationToken ct)
    {
        FundingYear.CheckExpenditure(input.Category, input.Description, input.Amount).ThrowIfInvalid();
        var year = await FindAsync(input.Year, "year", tracked: true, ct);
        db.Publish(year.RecordExpenditure(input.Category, input.Description, input.Amount));
        await db.SaveChangesAsync(ct);
        return FinancialStatement.Of(year);
    }

    public async Task<FinancialStatement> SetBudgetAsync(SetBudgetInput input, CancellationToken ct)
    {
        FundingYear.CheckBudget(input.Heading, input.Amount).ThrowIfInvalid();
        var year = await FindAsync(input.Year, "year", tracked: true, ct);
        year.SetBudget(input.Kind, input.Heading, input.Amount);
        await db.SaveChangesAsync(ct);
        return FinancialStatement.Of(year);
    }

    public async Task<FinancialStatement> CloseAsync(string? label, string closedBy, CancellationToken ct)
    {
        var year = await FindAsync(label, "year", tracked: true, ct);
        var period = FinancialYear.Of(year.StartsOn);
        var previous = await db.Years.AsNoTracking().FirstOrDefaultAsync(y => y.Label == period.Previous.Label, ct);
        var next = await db.Years.FirstOrDefaultAsync(y => y.Label == period.Next.Label, ct);
        db.Publish(year.Close(previous, next, clock.GetUtcNow(), closedBy));
        await db.SaveChangesAsync(ct);
        return FinancialStatement.Of(year);
    }
}
