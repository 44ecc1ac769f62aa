using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Funding.Contracts;
using Safeguarding.Funding.Persistence;
using Safeguarding.Governance.Contracts;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Funding;

public sealed class FundingTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private GraphQLClient Fin => _host.As("fin.funding");

    private const string Statement = """
        query($y: FinancialYear!) { financialStatement(year: $y) {
          year status openingReserve totalIncome totalExpenditure surplus closingReserve
          income { source amount isStatutoryPartner isGrant }
          expenditure { category amount }
          contributionShares { group amount }
          budget { kind heading budgeted actual variance }
          csv } }
        """;

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<FundingDbContext>();
        var years = await db.Years.AsNoTracking().OrderBy(y => y.Label).Select(y => y.Label + ":" + y.Status + ":" + y.OpeningReserve).ToListAsync();
        return string.Join("|", string.Join(",", years), await db.Income.CountAsync(), await db.Expenditure.CountAsync(), await db.Budget.CountAsync(), await db.Outbox.CountAsync());
    });

    private Task AssertRejectedAsync(string mutation, object variables, string code, string user = "fin.funding") =>
        _host.AssertRejectedAsync(FingerprintAsync, user, mutation, variables, code);

    /// <summary>Funding learns partners from Governance's events; wait until it knows the council.</summary>
    private Task PartnersArrivedAsync() => PartnershipHost.EventuallyAsync("Plymouth City Council to reach Funding as a partner (partners there with its id)", () =>
        _host.ScopedAsync(sp => sp.GetRequiredService<FundingDbContext>().Partners.CountAsync(p => p.PartnerId == KnownPartners.PlymouthCityCouncil)), n => n > 0);

    [Fact]
    public async Task The_seeded_2023_24_statement_reproduces_the_annual_report_to_the_penny()
    {
        var s = (await _host.As("sam.scrutineer").SendAsync(Statement, new { y = "2023/24" })).AssertOk().Data!["financialStatement"]!;
        Assert.Equal("CLOSED", s["status"]!.GetValue<string>());
        Assert.Equal(108_063m, s["openingReserve"]!.GetValue<decimal>());
        Assert.Equal(242_579m, s["totalIncome"]!.GetValue<decimal>());
        Assert.Equal(225_931m, s["totalExpenditure"]!.GetValue<decimal>());
        Assert.Equal(16_648m, s["surplus"]!.GetValue<decimal>());
        Assert.Equal(124_711m, s["closingReserve"]!.GetValue<decimal>());

        var income = s["income"]!.AsArray().ToDictionary(i => i!["source"]!.GetValue<string>(), i => i!["amount"]!.GetValue<decimal>());
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["Plymouth City Council"] = 115_500m, ["Devon and Cornwall Police"] = 26_583m, ["NHS Devon Integrated Care Board"] = 19_614m,
            ["Livewell Southwest"] = 19_614m, ["University Hospitals Plymouth NHS Trust"] = 7_909m, ["City College Plymouth"] = 4_059m,
            ["Probation Service"] = 2_000m, ["Working Together grant"] = 47_300m,
        }, income);
        var expenditure = s["expenditure"]!.AsArray().ToDictionary(i => i!["category"]!.GetValue<string>(), i => i!["amount"]!.GetValue<decimal>());
        Assert.Equal(new Dictionary<string, decimal>
        {
            ["Business unit staffing"] = 178_665m, ["Independent scrutiny"] = 20_681m, ["Training"] = 15_588m,
            ["Conference and supplies"] = 6_558m, ["Subscriptions"] = 2_939m, ["Young Safeguarders"] = 1_500m,
        }, expenditure);
        var shares = s["contributionShares"]!.AsArray().ToDictionary(i => i!["group"]!.GetValue<string>(), i => i!["amount"]!.GetValue<decimal>());
        Assert.Equal(161_697m, shares["Statutory partners"]);
        Assert.Equal(33_582m, shares["Other partners"]);
        Assert.Equal(47_300m, shares["Grants"]);

        var csv = s["csv"]!.GetValue<string>();
        Assert.Contains("total,\"Total income\",242579.00", csv);
        Assert.Contains("total,\"Total expenditure\",225931.00", csv);
        Assert.Contains("reserve,\"Closing reserve 2023/24\",124711.00", csv);
    }

    [Fact]
    public async Task A_closed_year_is_read_only()
    {
        await PartnersArrivedAsync();
        await AssertRejectedAsync("mutation($i: RecordContributionInput!) { recordContribution(input: $i) { totalIncome } }",
            new { i = new { year = "2023/24", partnerId = KnownPartners.PlymouthCityCouncil.ToString(), amount = 100m } }, "CONFLICT");
        await AssertRejectedAsync("mutation($i: RecordExpenditureInput!) { recordExpenditure(input: $i) { totalExpenditure } }",
            new { i = new { year = "2023/24", category = "Training", amount = 10m } }, "CONFLICT");
        await AssertRejectedAsync("mutation { closeFinancialYear(year: \"2023/24\") { status } }", new { }, "CONFLICT");
    }

    [Fact]
    public async Task Closing_a_year_carries_its_reserve_forward()
    {
        await PartnersArrivedAsync();
        var opened = (await Fin.SendAsync("mutation { openFinancialYear(year: \"2024/25\") { label openingReserve status } }")).AssertOk();
        Assert.Equal(124_711m, opened.Data!["openFinancialYear"]!["openingReserve"]!.GetValue<decimal>());

        (await Fin.SendAsync("mutation($i: RecordContributionInput!) { recordContribution(input: $i) { totalIncome } }",
            new { i = new { year = "2024/25", partnerId = KnownPartners.PlymouthCityCouncil.ToString(), amount = 115_500.50m, receivedOn = "2024-05-01" } })).AssertOk();
        (await Fin.SendAsync("mutation($i: RecordGrantInput!) { recordGrant(input: $i) { totalIncome } }",
            new { i = new { year = "2024/25", source = "Working Together grant", amount = 47_300m } })).AssertOk();
        (await Fin.SendAsync("mutation($i: RecordExpenditureInput!) { recordExpenditure(input: $i) { totalExpenditure } }",
            new { i = new { year = "2024/25", category = "Business unit staffing", amount = 180_000.25m } })).AssertOk();
        var budgeted = (await Fin.SendAsync("mutation($i: SetBudgetInput!) { setBudget(input: $i) { budget { heading budgeted actual variance } } }",
            new { i = new { year = "2024/25", kind = "EXPENDITURE", heading = "Business unit staffing", amount = 179_000m } })).AssertOk();
        Assert.Equal(1_000.25m, budgeted.Data!["setBudget"]!["budget"]![0]!["variance"]!.GetValue<decimal>());

        var closed = (await Fin.SendAsync("mutation { closeFinancialYear(year: \"2024/25\") { status surplus closingReserve } }")).AssertOk().Data!["closeFinancialYear"]!;
        Assert.Equal(-17_199.75m, closed["surplus"]!.GetValue<decimal>());         // 162,800.50 - 180,000.25
        Assert.Equal(107_511.25m, closed["closingReserve"]!.GetValue<decimal>());  // 124,711 - 17,199.75

        var next = (await Fin.SendAsync("mutation { openFinancialYear(year: \"2025/26\") { openingReserve } }")).AssertOk();
        Assert.Equal(107_511.25m, next.Data!["openFinancialYear"]!["openingReserve"]!.GetValue<decimal>());

        var comparison = (await _host.As("sam.scrutineer").SendAsync("{ financialComparison(from: \"2023/24\", to: \"2024/25\") { measure from to change } }")).AssertOk();
        var income = comparison.Data!["financialComparison"]!.AsArray().Single(c => c!["measure"]!.GetValue<string>() == "Total income")!;
        Assert.Equal(162_800.50m - 242_579m, income["change"]!.GetValue<decimal>());

        // The seeded 2023/24 publishes its own; these are the ones 2024/25 published.
        var events = await _host.ScopedAsync(sp => sp.GetRequiredService<FundingDbContext>().Outbox
            .Where(m => m.Payload.Contains("\"financialYear\":\"2024/25\"")).Select(m => m.EventType).ToListAsync());
        Assert.Equal(2, events.Count(e => e == typeof(ContributionRecorded).FullName));
        Assert.Equal(1, events.Count(e => e == typeof(FinancialYearClosed).FullName));
    }

    [Fact]
    public async Task Bad_contributions_are_rejected_with_codes_and_nothing_is_written()
    {
        await PartnersArrivedAsync();
        (await Fin.SendAsync("mutation { openFinancialYear(year: \"2024/25\") { label } }")).AssertOk();
        const string record = "mutation($i: RecordContributionInput!) { recordContribution(input: $i) { totalIncome } }";
        var council = KnownPartners.PlymouthCityCouncil.ToString();
        await AssertRejectedAsync(record, new { i = new { year = "2024/25", partnerId = council, amount = -5m } }, "VALIDATION");
        await AssertRejectedAsync(record, new { i = new { year = "2024/25", partnerId = council, amount = 0m } }, "VALIDATION");
        await AssertRejectedAsync(record, new { i = new { year = "2024/25", partnerId = council, amount = 10.005m } }, "VALIDATION");
        await AssertRejectedAsync(record, new { i = new { year = "2024/25", partnerId = Guid.NewGuid().ToString(), amount = 10m } }, "NOT_FOUND");
        await AssertRejectedAsync(record, new { i = new { year = "2024/25", partnerId = council, amount = 10m, receivedOn = "2026-01-01" } }, "VALIDATION");
        // A year no spelling can mean is refused by its type before anything is read; "2024-25" is the same year as "2024/25".
        await AssertRejectedAsync(record, new { i = new { year = "2024-26", partnerId = council, amount = 10m } }, "INVALID_VALUE");
        await AssertRejectedAsync(record, new { i = new { year = "2030/31", partnerId = council, amount = 10m } }, "NOT_FOUND");
        await AssertRejectedAsync(record, new { i = new { year = "2024/25", partnerId = council, amount = 10m } }, "FORBIDDEN", user: "sam.scrutineer");
        await AssertRejectedAsync(record, new { i = new { year = "2024/25", partnerId = council, amount = 10m } }, "FORBIDDEN", user: "nina.neglect");
        await AssertRejectedAsync("mutation { openFinancialYear(year: \"2024/25\") { label } }", new { }, "CONFLICT");
        await AssertRejectedAsync("mutation { openFinancialYear(year: \"2026/27\") { label } }", new { }, "VALIDATION");
        await AssertRejectedAsync("mutation { openFinancialYear(year: \"2025/26\") { label } }", new { }, "CONFLICT"); // 2024/25 still open
        await AssertRejectedAsync("mutation($i: RecordGrantInput!) { recordGrant(input: $i) { totalIncome } }", new { i = new { year = "2024/25", source = " ", amount = 10m } }, "VALIDATION");
    }

    [Fact]
    public async Task Switching_Funding_off_leaves_Governance_answering()
    {
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Funding\", enabled: false, reason: \"Switched off by the test\") { enabled } }")).AssertOk();
        (await _host.As("sam.scrutineer").SendAsync(Statement, new { y = "2023/24" })).AssertError("MODULE_DISABLED");
        (await _host.As("sam.scrutineer").SendAsync("{ partners { name } }")).AssertOk();
    }
}
