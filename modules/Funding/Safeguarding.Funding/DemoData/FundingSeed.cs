using Safeguarding.Funding.Contracts;
using Safeguarding.Funding.Persistence;
using Safeguarding.Funding.Years;
using Safeguarding.Governance.Contracts;
using Period = Safeguarding.SharedKernel.Time.FinancialYear;

namespace Safeguarding.Funding.DemoData;

/// <summary>
/// 2023/24 as the annual report gives it: income £242,579, expenditure £225,931, reserves at year end £124,711.
/// Publishes the year's contributions, expenditure and closure like the mutations do, so that other modules (Scrutiny's
/// annual report) learn the figures without reading Funding's tables.
/// </summary>
internal static class FundingSeed
{
    public static void Write(FundingDbContext db)
    {
        var period = new Period(2023);
        var year = new FinancialYear
        {
            Id = Guid.NewGuid(), Label = period.Label, StartsOn = period.Starts, EndsOn = period.Ends, OpeningReserve = 108_063m,
            Status = YearStatus.Closed, ClosedAt = new DateTimeOffset(2024, 3, 31, 23, 0, 0, TimeSpan.Zero), ClosedBy = "annual report 2023-24",
        };
        void Contribution(Guid partner, string name, bool statutory, decimal amount) =>
            year.Income.Add(new IncomeLine { Id = Guid.NewGuid(), YearId = year.Id, PartnerId = partner, Source = name, IsStatutoryPartner = statutory, Amount = amount });
        Contribution(KnownPartners.PlymouthCityCouncil, "Plymouth City Council", true, 115_500m);
        Contribution(KnownPartners.DevonAndCornwallPolice, "Devon and Cornwall Police", true, 26_583m);
        Contribution(KnownPartners.NhsDevonIcb, "NHS Devon Integrated Care Board", true, 19_614m);
        Contribution(KnownPartners.LivewellSouthwest, "Livewell Southwest", false, 19_614m);
        Contribution(KnownPartners.UniversityHospitalsPlymouth, "University Hospitals Plymouth NHS Trust", false, 7_909m);
        Contribution(KnownPartners.CityCollegePlymouth, "City College Plymouth", false, 4_059m);
        Contribution(KnownPartners.ProbationService, "Probation Service", false, 2_000m);
        year.Income.Add(new IncomeLine { Id = Guid.NewGuid(), YearId = year.Id, Source = "Working Together grant", Amount = 47_300m });

        foreach (var (category, amount) in new[]
                 {
                     ("Business unit staffing", 178_665m), ("Independent scrutiny", 20_681m), ("Training", 15_588m),
                     ("Conference and supplies", 6_558m), ("Subscriptions", 2_939m), ("Young Safeguarders", 1_500m),
                 })
            year.Expenditure.Add(new ExpenditureLine { Id = Guid.NewGuid(), YearId = year.Id, Category = category, Amount = amount });
        db.Years.Add(year);
        foreach (var line in year.Income)
            db.Publish(new ContributionRecorded(year.Label, line.PartnerId, line.Source, line.Amount, IsGrant: line.PartnerId is null));
        foreach (var line in year.Expenditure)
            db.Publish(new ExpenditureRecorded(year.Label, line.Category, line.Amount));
        db.Publish(new FinancialYearClosed(year.Label, year.TotalIncome, year.TotalExpenditure, year.OpeningReserve, year.ClosingReserve));
    }
}
