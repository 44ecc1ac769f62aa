using Safeguarding.Funding.Partners;
using Safeguarding.Funding.Persistence;
using Safeguarding.Funding.Years;
using Safeguarding.Governance.Contracts;

namespace Safeguarding.Funding.DemoData;

/// <summary>
/// 2023/24 as the annual report gives it: income £242,579, expenditure £225,931, reserves at year end £124,711.
/// Recorded and closed through <see cref="FundingYear"/> like the mutations do, and publishes the events it returns, so
/// that other modules (Scrutiny's annual report) learn the figures without reading Funding's tables.
/// </summary>
internal static class FundingSeed
{
    public static void Write(FundingDbContext db)
    {
        var year = FundingYear.Open(new FinancialYear(2023), previous: null, anyYearOpened: false, openingReserve: 108_063m);
        var events = new List<IntegrationEvent>();
        // Partners as Governance registers them; Funding's own copies arrive with Governance's events.
        void Contribution(Guid partner, string name, bool statutory, decimal amount) =>
            events.Add(year.RecordContribution(partner, new FundingPartner { PartnerId = partner, Name = name, IsStatutory = statutory }, amount, receivedOn: null));
        Contribution(KnownPartners.PlymouthCityCouncil, "Plymouth City Council", true, 115_500m);
        Contribution(KnownPartners.DevonAndCornwallPolice, "Devon and Cornwall Police", true, 26_583m);
        Contribution(KnownPartners.NhsDevonIcb, "NHS Devon Integrated Care Board", true, 19_614m);
        Contribution(KnownPartners.LivewellSouthwest, "Livewell Southwest", false, 19_614m);
        Contribution(KnownPartners.UniversityHospitalsPlymouth, "University Hospitals Plymouth NHS Trust", false, 7_909m);
        Contribution(KnownPartners.CityCollegePlymouth, "City College Plymouth", false, 4_059m);
        Contribution(KnownPartners.ProbationService, "Probation Service", false, 2_000m);
        events.Add(year.RecordGrant("Working Together grant", 47_300m));

        foreach (var (category, amount) in new[]
                 {
                     ("Business unit staffing", 178_665m), ("Independent scrutiny", 20_681m), ("Training", 15_588m),
                     ("Conference and supplies", 6_558m), ("Subscriptions", 2_939m), ("Young Safeguarders", 1_500m),
                 })
            events.Add(year.RecordExpenditure(category, description: null, amount));
        events.Add(year.Close(previous: null, next: null, new DateTimeOffset(2024, 3, 31, 23, 0, 0, TimeSpan.Zero), "annual report 2023-24"));
        db.Years.Add(year);
        foreach (var e in events) db.Publish(e);
    }
}
