using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Governance;

/// <summary>Section 11 self-assessments: every standard rated once, actions for what is not met, compliance per standard.</summary>
public sealed class Section11Tests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string Submit = "mutation($i: SubmitSection11SelfAssessmentInput!) { submitSection11SelfAssessment(input: $i) { id year partner { name } ratings { standard heading rating action } } }";
    private static readonly string[] Standards = ["S11.1", "S11.2", "S11.3", "S11.4", "S11.5", "S11.6", "S11.7", "S11.8"];

    private static object[] AllMetExcept(params (string Standard, string Rating, string? Action)[] others) =>
        Standards.Select(s => others.FirstOrDefault(o => o.Standard == s) is { Standard: not null } o
            ? (object)new { standard = s, rating = o.Rating, action = o.Action }
            : new { standard = s, rating = "MET", action = (string?)null }).ToArray();

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<GovernanceDbContext>();
        return $"{await db.Section11SelfAssessments.CountAsync()}|{await db.Set<Safeguarding.Governance.QualityAssurance.Section11StandardRating>().CountAsync()}|{await db.Outbox.CountAsync(m => !m.EventType.EndsWith("BecameOverdue")) /* sweeps announce in the background */}";
    });

    private Task AssertRejectedAsync(object input, string code, string user = "gina.governance") =>
        _host.AssertRejectedAsync(FingerprintAsync, user, Submit, new { i = input }, code);

    private async Task<Dictionary<string, string>> PartnersAsync() =>
        (await _host.As("alex.admin").SendAsync("{ partners { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["id"]!.GetValue<string>());

    [Fact]
    public async Task Self_assessments_give_compliance_per_standard_and_publish_an_event()
    {
        var p = await PartnersAsync();
        var gina = _host.As("gina.governance");
        var nspcc = (await gina.SendAsync(Submit, new { i = new { partnerId = p["NSPCC"], year = 2025, submittedOn = "2025-06-30", ratings = AllMetExcept() } })).AssertOk();
        Assert.Equal(8, nspcc.Data!["submitSection11SelfAssessment"]!["ratings"]!.AsArray().Count);
        (await gina.SendAsync(Submit, new
        {
            i = new
            {
                partnerId = p["Livewell Southwest"], year = 2025, submittedOn = "2025-07-15",
                ratings = AllMetExcept(("S11.4", "PARTIALLY_MET", "Refresh level 3 training for all health visitors by March."), ("S11.8", "NOT_MET", "Add the child's voice to supervision records.")),
            },
        })).AssertOk();

        var compliance = (await _host.As("sam.scrutineer").SendAsync("{ section11Compliance(year: 2025) { standard met partiallyMet notMet percentMet } }"))
            .AssertOk().Data!["section11Compliance"]!.AsArray().ToDictionary(r => r!["standard"]!.GetValue<string>());
        Assert.Equal(100m, compliance["S11.1"]!["percentMet"]!.GetValue<decimal>());
        Assert.Equal(50m, compliance["S11.4"]!["percentMet"]!.GetValue<decimal>());
        Assert.Equal(1, compliance["S11.4"]!["partiallyMet"]!.GetValue<int>());
        Assert.Equal(1, compliance["S11.8"]!["notMet"]!.GetValue<int>());

        var events = await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Outbox
            .CountAsync(m => m.EventType == typeof(Section11SelfAssessmentSubmitted).FullName));
        Assert.Equal(2, events);
    }

    [Fact]
    public async Task Bad_self_assessments_are_rejected_with_codes_and_nothing_is_written()
    {
        var p = await PartnersAsync();
        var nspcc = p["NSPCC"];
        await AssertRejectedAsync(new { partnerId = nspcc, year = 2025, submittedOn = "2025-06-30", ratings = AllMetExcept().Take(7).ToArray() }, "VALIDATION");
        await AssertRejectedAsync(new { partnerId = nspcc, year = 2025, submittedOn = "2025-06-30", ratings = AllMetExcept().Append(new { standard = "S11.9", rating = "MET", action = (string?)null }).ToArray() }, "VALIDATION");
        await AssertRejectedAsync(new { partnerId = nspcc, year = 2025, submittedOn = "2025-06-30", ratings = AllMetExcept(("S11.2", "NOT_MET", null)) }, "VALIDATION");
        await AssertRejectedAsync(new { partnerId = nspcc, year = 2025, submittedOn = "2099-01-01", ratings = AllMetExcept() }, "VALIDATION");
        await AssertRejectedAsync(new { partnerId = Guid.NewGuid().ToString(), year = 2025, submittedOn = "2025-06-30", ratings = AllMetExcept() }, "NOT_FOUND");
        await AssertRejectedAsync(new { partnerId = nspcc, year = 2025, submittedOn = "2025-06-30", ratings = AllMetExcept() }, "FORBIDDEN", user: "sam.scrutineer");

        (await _host.As("gina.governance").SendAsync(Submit, new { i = new { partnerId = nspcc, year = 2025, submittedOn = "2025-06-30", ratings = AllMetExcept() } })).AssertOk();
        await AssertRejectedAsync(new { partnerId = nspcc, year = 2025, submittedOn = "2025-07-01", ratings = AllMetExcept() }, "CONFLICT");
    }
}
