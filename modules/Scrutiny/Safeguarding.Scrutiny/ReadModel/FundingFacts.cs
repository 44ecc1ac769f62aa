using Safeguarding.Funding.Contracts;
using Safeguarding.Scrutiny.Measures;
using Safeguarding.Scrutiny.Persistence;

namespace Safeguarding.Scrutiny.ReadModel;

/// <summary>Funding's events: each contribution, grant and expenditure line, and each year's closure with its reserves.</summary>
internal sealed class FundingFacts(ScrutinyDbContext db) :
    IIntegrationEventHandler<ContributionRecorded>,
    IIntegrationEventHandler<ExpenditureRecorded>,
    IIntegrationEventHandler<FinancialYearClosed>
{
    public async Task HandleAsync(ContributionRecorded e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.Income, e.EventId, ct);
        f.Period = YearText.Normalise(e.FinancialYear);
        f.Category = e.Source;
        f.Agency = e.PartnerId?.ToString();
        f.Outcome = e.IsGrant ? Outcomes.Grant : Outcomes.Contribution;
        f.Value = e.Amount;
    }

    public async Task HandleAsync(ExpenditureRecorded e, CancellationToken ct)
    {
        var f = await db.FactAsync(FactKinds.Expenditure, e.EventId, ct);
        f.Period = YearText.Normalise(e.FinancialYear);
        f.Category = e.Heading;
        f.Value = e.Amount;
    }

    public async Task HandleAsync(FinancialYearClosed e, CancellationToken ct)
    {
        var year = YearText.Normalise(e.FinancialYear);
        var closing = await db.FactAsync(FactKinds.YearClosed, year, ct);
        closing.Period = year;
        closing.Value = e.ClosingReserve;
        var opening = await db.FactAsync(FactKinds.YearOpeningReserve, year, ct);
        opening.Period = year;
        opening.Value = e.OpeningReserve;
    }
}
