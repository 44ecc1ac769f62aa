using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Governance;

/// <summary>Each Governance mutation: it works, and a rejected input answers a coded error and leaves the database as it was.</summary>
public sealed class GovernanceMutationTests : IClassFixture<GovernanceMutationTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public GovernanceMutationTests(Host host) => _host = host.Partnership;

    private static string Today(int plusDays = 0) => DateTime.UtcNow.AddDays(plusDays).ToString("yyyy-MM-dd");

    /// <summary>
    /// Row counts of every Governance table and its outbox: "nothing written" means all equal. The overdue sweeps'
    /// announcements are left out: they run in the background from start-up and may land between two readings.
    /// </summary>
    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<GovernanceDbContext>();
        var actions = await db.Actions.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id + ":" + a.Status + ":" + a.CompletionEvidence).ToListAsync();
        return string.Join("|", await db.Partners.CountAsync(), await db.Bodies.CountAsync(), await db.Memberships.CountAsync(),
            await db.Meetings.CountAsync(), await db.Decisions.CountAsync(), await db.MeetingAttendances.CountAsync(),
            await db.Outbox.CountAsync(m => !m.EventType.EndsWith("BecameOverdue")), string.Join(",", actions));
    });

    private async Task<(string Body, string Owner)> BodyAndOwnerAsync()
    {
        var admin = _host.As("alex.admin");
        var body = (await admin.SendAsync("{ partnershipBodies { id name } }")).AssertOk().Data!["partnershipBodies"]!.AsArray()
            .First(b => b!["name"]!.GetValue<string>() == "Quality Assurance Delivery Group")!["id"]!.GetValue<string>();
        var owner = (await admin.SendAsync("{ partners { id name } }")).AssertOk().Data!["partners"]!.AsArray()
            .First(p => p!["name"]!.GetValue<string>() == "NSPCC")!["id"]!.GetValue<string>();
        return (body, owner);
    }

    private Task AssertRejectedAsync(string user, string mutation, object variables, string code, string? problemField = null) =>
        _host.AssertRejectedAsync(FingerprintAsync, user, mutation, variables, code, problemField);

    private const string CreateAction = "mutation($i: CreateActionInput!) { createAction(input: $i) { id title status dueDate isOverdue owner { name } body { name } } }";
    private const string CompleteAction = "mutation($i: CompleteActionInput!) { completeAction(input: $i) { id status completedOn completionEvidence } }";
    private const string AddPartner = "mutation($i: AddPartnerInput!) { addPartner(input: $i) { id name isStatutory } }";
    private const string AddMember = "mutation($i: AddBodyMemberInput!) { addBodyMember(input: $i) { id role isChair partner { name } } }";
    private const string RecordMeeting = "mutation($i: RecordMeetingInput!) { recordMeeting(input: $i) { id heldOn decisions { number text } } }";

    [Fact]
    public async Task An_action_is_created_listed_and_completed_with_evidence()
    {
        var (body, owner) = await BodyAndOwnerAsync();
        var gina = _host.As("gina.governance");
        var created = (await gina.SendAsync(CreateAction, new { i = new { bodyId = body, ownerPartnerId = owner, title = "Repeat the neglect audit", dueDate = Today(60) } })).AssertOk();
        var action = created.Data!["createAction"]!;
        Assert.Equal("OPEN", action["status"]!.GetValue<string>());
        Assert.Equal("NSPCC", action["owner"]!["name"]!.GetValue<string>());
        Assert.False(action["isOverdue"]!.GetValue<bool>());
        var id = action["id"]!.GetValue<string>();

        var listed = (await _host.As("sam.scrutineer").SendAsync("query($b: ID) { partnershipActions(bodyId: $b) { nodes { id title } } }", new { b = body })).AssertOk();
        Assert.Contains(listed.Data!["partnershipActions"]!["nodes"]!.AsArray(), a => a!["id"]!.GetValue<string>() == id);

        var done = (await gina.SendAsync(CompleteAction, new { i = new { actionId = id, evidence = "Repeat audit report to QADG, showing improved chronologies." } })).AssertOk();
        Assert.Equal("COMPLETED", done.Data!["completeAction"]!["status"]!.GetValue<string>());

        await AssertRejectedAsync("gina.governance", CompleteAction, new { i = new { actionId = id, evidence = "again" } }, "CONFLICT");
    }

    [Fact]
    public async Task Overdue_actions_are_a_query_and_are_announced_once()
    {
        var overdue = (await _host.As("gina.governance").SendAsync("{ overdueActions(asOf: \"2025-01-15\") { nodes { title dueDate } } }")).AssertOk();
        var titles = overdue.Data!["overdueActions"]!["nodes"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()).ToList();
        Assert.Contains(titles, t => t.Contains("Delegated Safeguarding Partner for Devon and Cornwall Police"));
        Assert.DoesNotContain(titles, t => t.Contains("Restore police data")); // due 31 March 2025

        var sweep = _host.Services.GetRequiredService<Safeguarding.Governance.Actions.OverdueActionSweep>();
        await sweep.SweepAsync(CancellationToken.None); // the hosted sweep may already have run: either way, each once
        Assert.Equal(0, await sweep.SweepAsync(CancellationToken.None));
        var announced = await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Outbox
            .CountAsync(m => m.EventType == typeof(Safeguarding.Governance.Contracts.PartnershipActionBecameOverdue).FullName));
        var overdueNow = await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Actions.CountAsync(a => a.OverdueAnnouncedOn != null));
        Assert.Equal(overdueNow, announced);
        Assert.True(announced >= 4);
    }

    [Fact]
    public async Task CreateAction_rejects_bad_input_and_writes_nothing()
    {
        var (body, owner) = await BodyAndOwnerAsync();
        await AssertRejectedAsync("gina.governance", CreateAction, new { i = new { bodyId = body, ownerPartnerId = owner, title = "", dueDate = Today(5) } }, "VALIDATION", "title");
        await AssertRejectedAsync("gina.governance", CreateAction, new { i = new { bodyId = body, ownerPartnerId = owner, title = "Late", dueDate = "2020-01-01" } }, "VALIDATION", "dueDate");
        await AssertRejectedAsync("gina.governance", CreateAction, new { i = new { bodyId = "not-an-id", ownerPartnerId = owner, title = "x", dueDate = Today(5) } }, "VALIDATION", "bodyId");
        await AssertRejectedAsync("gina.governance", CreateAction, new { i = new { bodyId = body, ownerPartnerId = Guid.NewGuid().ToString(), title = "x", dueDate = Today(5) } }, "NOT_FOUND");
        await AssertRejectedAsync("gina.governance", CreateAction, new { i = new { bodyId = Guid.NewGuid().ToString(), ownerPartnerId = owner, title = "x", dueDate = Today(5) } }, "NOT_FOUND");
        await AssertRejectedAsync("gina.governance", CreateAction, new { i = new { bodyId = body, ownerPartnerId = owner, title = new string('x', 501), dueDate = Today(5) } }, "VALIDATION", "title");
        await AssertRejectedAsync("nina.neglect", CreateAction, new { i = new { bodyId = body, ownerPartnerId = owner, title = "x", dueDate = Today(5) } }, "FORBIDDEN");
    }

    [Fact]
    public async Task CompleteAction_rejects_bad_input_and_writes_nothing()
    {
        var (body, owner) = await BodyAndOwnerAsync();
        var id = (await _host.As("gina.governance").SendAsync(CreateAction, new { i = new { bodyId = body, ownerPartnerId = owner, title = "Complete me", dueDate = Today(5) } }))
            .AssertOk().Data!["createAction"]!["id"]!.GetValue<string>();
        await AssertRejectedAsync("gina.governance", CompleteAction, new { i = new { actionId = id, evidence = "  " } }, "VALIDATION", "evidence");
        await AssertRejectedAsync("gina.governance", CompleteAction, new { i = new { actionId = id, evidence = "done", completedOn = Today(3) } }, "VALIDATION", "completedOn");
        await AssertRejectedAsync("gina.governance", CompleteAction, new { i = new { actionId = id, evidence = "done", completedOn = "2020-01-01" } }, "VALIDATION", "completedOn");
        await AssertRejectedAsync("gina.governance", CompleteAction, new { i = new { actionId = Guid.NewGuid().ToString(), evidence = "done" } }, "NOT_FOUND");
    }

    [Fact]
    public async Task AddPartner_adds_a_relevant_agency_and_rejects_bad_input()
    {
        var added = (await _host.As("alex.admin").SendAsync(AddPartner, new { i = new { name = "Plymouth Youth Sports Trust", kind = "RELEVANT_AGENCY", sector = "Community" } })).AssertOk();
        Assert.False(added.Data!["addPartner"]!["isStatutory"]!.GetValue<bool>());

        await AssertRejectedAsync("alex.admin", AddPartner, new { i = new { name = "Plymouth Youth Sports Trust", kind = "RELEVANT_AGENCY", sector = "Community" } }, "CONFLICT");
        await AssertRejectedAsync("alex.admin", AddPartner, new { i = new { name = "", kind = "RELEVANT_AGENCY", sector = "" } }, "VALIDATION", "sector");
        await AssertRejectedAsync("alex.admin", AddPartner, new { i = new { name = "Some charity", kind = "RELEVANT_AGENCY", sector = "Voluntary", leadSafeguardingPartner = "Chief Executive" } }, "VALIDATION", "kind");
        await AssertRejectedAsync("gina.governance", AddPartner, new { i = new { name = "Sneaky", kind = "STATUTORY_PARTNER", sector = "x" } }, "FORBIDDEN");
    }

    [Fact]
    public async Task AddBodyMember_seats_a_partner_and_rejects_bad_input()
    {
        var (body, owner) = await BodyAndOwnerAsync();
        (await _host.As("alex.admin").SendAsync(AddMember, new { i = new { bodyId = body, partnerId = owner, role = "Head of safeguarding" } })).AssertOk();
        await AssertRejectedAsync("alex.admin", AddMember, new { i = new { bodyId = body, partnerId = owner, role = "Head of safeguarding" } }, "CONFLICT");
        await AssertRejectedAsync("alex.admin", AddMember, new { i = new { bodyId = body, partnerId = owner, role = "" } }, "VALIDATION", "role");
        await AssertRejectedAsync("alex.admin", AddMember, new { i = new { bodyId = body, partnerId = Guid.NewGuid().ToString(), role = "Member" } }, "NOT_FOUND");
        await AssertRejectedAsync("gina.governance", AddMember, new { i = new { bodyId = body, partnerId = owner, role = "Member" } }, "FORBIDDEN");
    }

    [Fact]
    public async Task RecordMeeting_records_decisions_in_order_and_rejects_bad_input()
    {
        var (body, _) = await BodyAndOwnerAsync();
        var meeting = (await _host.As("gina.governance").SendAsync(RecordMeeting,
            new { i = new { bodyId = body, heldOn = Today(-1), summary = "Quarterly audit review", decisions = new[] { "Repeat the neglect audit in Q3", "Invite police data lead" } } })).AssertOk();
        var decisions = meeting.Data!["recordMeeting"]!["decisions"]!.AsArray();
        Assert.Equal([1, 2], decisions.Select(d => d!["number"]!.GetValue<int>()));

        await AssertRejectedAsync("gina.governance", RecordMeeting, new { i = new { bodyId = body, heldOn = Today(7), summary = "Future", decisions = Array.Empty<string>() } }, "VALIDATION", "heldOn");
        await AssertRejectedAsync("gina.governance", RecordMeeting, new { i = new { bodyId = body, heldOn = Today(-1), summary = "", decisions = new[] { "" } } }, "VALIDATION", "decisions[0]");
        var (_, nspcc) = await BodyAndOwnerAsync();
        var twice = new[] { new { partnerId = nspcc, role = "Service manager" }, new { partnerId = nspcc, role = "service manager " } };
        await AssertRejectedAsync("gina.governance", RecordMeeting, new { i = new { bodyId = body, heldOn = Today(-1), summary = "x", attendance = twice } }, "VALIDATION", "attendance");
        await AssertRejectedAsync("gina.governance", RecordMeeting,
            new { i = new { bodyId = body, heldOn = Today(-1), summary = "x", attendance = new[] { new { partnerId = nspcc, role = " " } } } }, "VALIDATION", "attendance[0].role");
        await AssertRejectedAsync("gina.governance", RecordMeeting,
            new { i = new { bodyId = body, heldOn = Today(-1), summary = "x", attendance = new[] { new { partnerId = Guid.NewGuid().ToString(), role = "Chair" } } } }, "NOT_FOUND");
        await AssertRejectedAsync("gina.governance", RecordMeeting, new { i = new { bodyId = Guid.NewGuid().ToString(), heldOn = Today(-1), summary = "x" } }, "NOT_FOUND");
    }

    [Fact]
    public async Task A_wrongly_typed_variable_is_refused_before_anything_runs()
    {
        var before = await FingerprintAsync();
        var response = await _host.As("gina.governance").SendAsync(CreateAction, new { i = new { bodyId = "x", ownerPartnerId = "y", title = "t", dueDate = "next tuesday" } });
        Assert.Equal(400, response.Status);
        Assert.NotNull(response.FirstCode);
        Assert.Equal(before, await FingerprintAsync());
    }
}
