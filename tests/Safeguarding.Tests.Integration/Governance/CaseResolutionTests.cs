using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Governance;

/// <summary>The case resolution protocol: stages with working-day limits, every change recorded, overdue stages a query.</summary>
public sealed class CaseResolutionTests : IClassFixture<CaseResolutionTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public CaseResolutionTests(Host host) => _host = host.Partnership;

    private const string Raise = "mutation($i: RaiseProfessionalDisagreementInput!) { raiseProfessionalDisagreement(input: $i) { id stage stageDueOn } }";
    private const string Escalate = "mutation($i: MoveProfessionalDisagreementInput!) { escalateProfessionalDisagreement(input: $i) { id stage stageStartedOn stageDueOn } }";
    private const string Resolve = "mutation($i: MoveProfessionalDisagreementInput!) { resolveProfessionalDisagreement(input: $i) { id resolvedOn steps { sequence change stage on dueOn } } }";

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<GovernanceDbContext>();
        var ds = await db.Disagreements.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id + ":" + d.Stage + ":" + d.ResolvedOn).ToListAsync();
        return string.Join("|", await db.EscalationSteps.CountAsync(), await db.Outbox.CountAsync(m => !m.EventType.EndsWith("BecameOverdue")) /* sweeps announce in the background */, string.Join(",", ds));
    });

    private Task AssertRejectedAsync(string mutation, object variables, string code, string? problemField = null, string user = "gina.governance") =>
        _host.AssertRejectedAsync(FingerprintAsync, user, mutation, variables, code, problemField);

    private async Task<Dictionary<string, string>> PartnersAsync() =>
        (await _host.As("alex.admin").SendAsync("{ partners { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["id"]!.GetValue<string>());

    [Fact]
    public async Task A_disagreement_escalates_by_stage_within_working_day_limits_and_every_change_is_recorded()
    {
        var p = await PartnersAsync();
        var gina = _host.As("gina.governance");
        // Raised Monday 22 December 2025: 5 working days are 23, 24, 29, 30, 31 Dec (25 and 26 Dec are bank holidays).
        var raised = (await gina.SendAsync(Raise, new { i = new { raisedByPartnerId = p["NSPCC"], againstPartnerId = p["Plymouth City Council"], summary = "Threshold for a strategy discussion", raisedOn = "2025-12-22" } }))
            .AssertOk().Data!["raiseProfessionalDisagreement"]!;
        Assert.Equal("PRACTITIONER", raised["stage"]!.GetValue<string>());
        Assert.Equal("2025-12-31", raised["stageDueOn"]!.GetValue<string>());
        var id = raised["id"]!.GetValue<string>();

        var overdue = (await gina.SendAsync("{ overdueEscalationStages(asOf: \"2026-01-02\") { nodes { id } } }")).AssertOk().Data!["overdueEscalationStages"]!["nodes"]!.AsArray();
        Assert.Contains(overdue, d => d!["id"]!.GetValue<string>() == id);

        var manager = (await gina.SendAsync(Escalate, new { i = new { disagreementId = id, note = "Practitioners could not agree.", on = "2026-01-02" } })).AssertOk().Data!["escalateProfessionalDisagreement"]!;
        Assert.Equal("MANAGER", manager["stage"]!.GetValue<string>());
        Assert.Equal("2026-01-09", manager["stageDueOn"]!.GetValue<string>());
        (await gina.SendAsync(Escalate, new { i = new { disagreementId = id, note = "Managers could not agree.", on = "2026-01-09" } })).AssertOk();
        (await gina.SendAsync(Escalate, new { i = new { disagreementId = id, note = "Heads of service could not agree.", on = "2026-01-16" } })).AssertOk();
        await AssertRejectedAsync(Escalate, new { i = new { disagreementId = id, note = "Nowhere further.", on = "2026-01-20" } }, "CONFLICT");
        var resolved = (await gina.SendAsync(Resolve, new { i = new { disagreementId = id, note = "Strategy discussion held.", on = "2026-01-20" } })).AssertOk().Data!["resolveProfessionalDisagreement"]!;
        var steps = resolved["steps"]!.AsArray().Select(s => s!["change"]!.GetValue<string>() + ":" + s["stage"]!.GetValue<string>()).ToList();
        Assert.Equal(["RAISED:PRACTITIONER", "ESCALATED:MANAGER", "ESCALATED:SENIOR_MANAGER", "ESCALATED:PARTNERSHIP", "RESOLVED:PARTNERSHIP"], steps);
        await AssertRejectedAsync(Resolve, new { i = new { disagreementId = id, note = "again" } }, "CONFLICT");
        foreach (var type in new[] { typeof(Safeguarding.Governance.Contracts.ProfessionalDisagreementRaised), typeof(Safeguarding.Governance.Contracts.ProfessionalDisagreementResolved) })
            Assert.True(await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Outbox.AnyAsync(m => m.EventType == type.FullName && m.Payload.Contains(id))));
    }

    [Fact]
    public async Task Bad_input_is_rejected_with_a_code_and_nothing_is_written()
    {
        var p = await PartnersAsync();
        var nspcc = p["NSPCC"];
        await AssertRejectedAsync(Raise, new { i = new { raisedByPartnerId = nspcc, againstPartnerId = nspcc, summary = "x" } }, "VALIDATION", "againstPartnerId");
        await AssertRejectedAsync(Raise, new { i = new { raisedByPartnerId = nspcc, againstPartnerId = Guid.NewGuid().ToString(), summary = "x" } }, "NOT_FOUND");
        await AssertRejectedAsync(Raise, new { i = new { raisedByPartnerId = nspcc, againstPartnerId = p["Plymouth City Council"], summary = " " } }, "VALIDATION", "summary");
        await AssertRejectedAsync(Raise, new { i = new { raisedByPartnerId = nspcc, againstPartnerId = p["Plymouth City Council"], summary = "x", raisedOn = "1994-06-01" } }, "VALIDATION", "raisedOn");
        await AssertRejectedAsync(Raise, new { i = new { raisedByPartnerId = nspcc, againstPartnerId = p["Plymouth City Council"], summary = "x", raisedOn = "0001-01-01" } }, "VALIDATION", "raisedOn");
        await AssertRejectedAsync(Escalate, new { i = new { disagreementId = Guid.NewGuid().ToString(), note = "x" } }, "NOT_FOUND");
        await AssertRejectedAsync(Raise, new { i = new { raisedByPartnerId = nspcc, againstPartnerId = p["Plymouth City Council"], summary = "x" } }, "FORBIDDEN", user: "nina.neglect");
    }
}
