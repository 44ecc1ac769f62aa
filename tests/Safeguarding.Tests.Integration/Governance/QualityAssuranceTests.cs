using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Governance;

/// <summary>Case audits graded per agency with repeat audits; S.175/157 compliance reproducing the 2023/24 report.</summary>
public sealed class QualityAssuranceTests : IClassFixture<QualityAssuranceTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public QualityAssuranceTests(Host host) => _host = host.Partnership;

    private const string Create = "mutation($i: CreateCaseAuditInput!) { createCaseAudit(input: $i) { id } }";
    private const string Grade = "mutation($i: GradeCaseAuditAgencyInput!) { gradeCaseAuditAgency(input: $i) { id } }";
    private const string Complete = "mutation($id: ID!, $on: DateOnly) { completeCaseAudit(auditId: $id, completedOn: $on) { id completedOn } }";
    private const string Return = "mutation($i: RecordS175ReturnInput!) { recordS175Return(input: $i) }";

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<GovernanceDbContext>();
        var grades = await db.CaseAuditAgencies.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id + ":" + a.Grade).ToListAsync();
        var audits = await db.CaseAudits.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id + ":" + a.CompletedOn).ToListAsync();
        return string.Join("|", await db.SchoolAuditAnswers.CountAsync(), await db.Outbox.CountAsync(m => !m.EventType.EndsWith("BecameOverdue")) /* sweeps announce in the background */, string.Join(",", audits), string.Join(",", grades));
    });

    private Task AssertRejectedAsync(string mutation, object variables, string code, string? problemField = null, string user = "gina.governance") =>
        _host.AssertRejectedAsync(FingerprintAsync, user, mutation, variables, code, problemField);

    private async Task<Dictionary<string, string>> PartnersAsync() =>
        (await _host.As("alex.admin").SendAsync("{ partners { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["id"]!.GetValue<string>());

    [Fact]
    public async Task The_S175_percentages_reproduce_the_annual_report()
    {
        var rows = (await _host.As("sam.scrutineer").SendAsync("{ s175Compliance(year: \"2023/24\") { question yes returns percentage previousYearPercentage change } }"))
            .AssertOk().Data!["s175Compliance"]!.AsArray();
        decimal Of(string start, string field) => rows.First(r => r!["question"]!.GetValue<string>().StartsWith(start))![field]!.GetValue<decimal>();
        Assert.Equal(99.01m, Of("Relevant staff members have completed Operation Encompass", "percentage"));
        Assert.Equal(99.01m, Of("Training, policies and procedures", "percentage"));
        Assert.Equal(83.17m, Of("The setting is aware of the neglect Graded Care Profile", "percentage"));
        Assert.Equal(99.01m, Of("Where the establishment's premises", "percentage"));
        Assert.Equal(85.15m, Of("Where the establishment's premises", "previousYearPercentage"));
        Assert.Equal(13.86m, Of("Where the establishment's premises", "change"));
        Assert.Equal(85m, Math.Round(Of("Where the establishment's premises", "previousYearPercentage"))); // the report's "85%"
        Assert.Equal(99m, Math.Round(Of("Where the establishment's premises", "percentage")));             // and "99%"
        Assert.All(rows, r => Assert.Equal(101, r!["returns"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_repeat_audit_is_planned_graded_completed_and_compared()
    {
        var p = await PartnersAsync();
        var gina = _host.As("gina.governance");
        var agencies = new[] { p["Plymouth City Council"], p["NSPCC"] };
        var first = (await gina.SendAsync(Create, new { i = new { topic = "Child exploitation", quarter = "2024/25 Q1", agencyPartnerIds = agencies } })).AssertOk().Data!["createCaseAudit"]!["id"]!.GetValue<string>();
        await AssertRejectedAsync(Complete, new { id = first }, "CONFLICT"); // nobody graded yet
        (await gina.SendAsync(Grade, new { i = new { auditId = first, partnerId = agencies[0], grade = "INADEQUATE", finding = "No strategy discussion." } })).AssertOk();
        (await gina.SendAsync(Grade, new { i = new { auditId = first, partnerId = agencies[1], grade = "GOOD", finding = "Good voice of the child." } })).AssertOk();
        await AssertRejectedAsync(Create, new { i = new { topic = "Child exploitation (repeat)", quarter = "2024/25 Q3", agencyPartnerIds = agencies, repeatOfAuditId = first } }, "CONFLICT");
        (await gina.SendAsync(Complete, new { id = first, on = "2024-06-28" })).AssertOk();

        var repeat = (await gina.SendAsync(Create, new { i = new { topic = "Child exploitation (repeat)", quarter = "2024/25 Q3", agencyPartnerIds = agencies, repeatOfAuditId = first } })).AssertOk().Data!["createCaseAudit"]!["id"]!.GetValue<string>();
        (await gina.SendAsync(Grade, new { i = new { auditId = repeat, partnerId = agencies[0], grade = "REQUIRES_IMPROVEMENT", finding = "Strategy discussions held late." } })).AssertOk();
        (await gina.SendAsync(Grade, new { i = new { auditId = repeat, partnerId = agencies[1], grade = "REQUIRES_IMPROVEMENT", finding = "Child's voice less evident." } })).AssertOk();
        (await gina.SendAsync(Complete, new { id = repeat, on = "2024-12-13" })).AssertOk();
        var rows = (await gina.SendAsync("query($id: ID!) { caseAuditComparison(repeatAuditId: $id) { partner { name } change } }", new { id = repeat }))
            .AssertOk().Data!["caseAuditComparison"]!.AsArray().ToDictionary(r => r!["partner"]!["name"]!.GetValue<string>(), r => r!["change"]!.GetValue<string>());
        Assert.Equal("IMPROVED", rows["Plymouth City Council"]);
        Assert.Equal("WORSE", rows["NSPCC"]);
        Assert.True(await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Outbox
            .AnyAsync(m => m.EventType == typeof(Safeguarding.Governance.Contracts.CaseAuditCompleted).FullName && m.Payload.Contains(repeat))));
        await AssertRejectedAsync(Grade, new { i = new { auditId = repeat, partnerId = agencies[0], grade = "GOOD", finding = "late change" } }, "CONFLICT");
    }

    [Fact]
    public async Task Bad_audit_input_is_rejected_with_a_code_and_nothing_is_written()
    {
        var p = await PartnersAsync();
        var two = new[] { p["Plymouth City Council"], p["NSPCC"] };
        await AssertRejectedAsync(Create, new { i = new { topic = "", quarter = "2024/25 Q1", agencyPartnerIds = two } }, "VALIDATION", "topic");
        await AssertRejectedAsync(Create, new { i = new { topic = "x", quarter = "2024/26 Q1", agencyPartnerIds = two } }, "INVALID_VALUE");
        await AssertRejectedAsync(Create, new { i = new { topic = "x", quarter = "2024/25 Q5", agencyPartnerIds = two } }, "INVALID_VALUE");
        await AssertRejectedAsync(Create, new { i = new { topic = "x", quarter = "2024/25 Q1", agencyPartnerIds = new[] { two[0] } } }, "VALIDATION", "agencyPartnerIds");
        await AssertRejectedAsync(Create, new { i = new { topic = "x", quarter = "2024/25 Q1", agencyPartnerIds = new[] { two[0], Guid.NewGuid().ToString() } } }, "NOT_FOUND");
        await AssertRejectedAsync(Create, new { i = new { topic = "x", quarter = "2024/25 Q1", agencyPartnerIds = two } }, "FORBIDDEN", user: "sam.scrutineer");
        await AssertRejectedAsync(Return, new { i = new { year = "2024/25", setting = "Setting 001", answers = Array.Empty<object>() } }, "VALIDATION", "answers");
        await AssertRejectedAsync(Return, new { i = new { year = "2024/26", setting = "Setting 001", answers = new[] { new { question = "q", answer = true } } } }, "INVALID_VALUE");
        await AssertRejectedAsync(Return, new { i = new { year = "2024/25", setting = "Setting 001", answers = new[] { new { question = "q", answer = true }, new { question = "q", answer = false } } } }, "VALIDATION", "answers");
        await AssertRejectedAsync(Return, new { i = new { year = "2023/24", setting = "Setting 001", answers = new[] { new { question = "q", answer = true } } } }, "CONFLICT");
        (await _host.As("gina.governance").SendAsync(Return, new { i = new { year = "2024/25", setting = "Setting 001", answers = new[] { new { question = "q", answer = true } } } })).AssertOk();
    }
}
