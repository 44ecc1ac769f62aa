using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.Platform;
using Safeguarding.SharedKernel.Time;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.SubscriberModule;

namespace Safeguarding.Tests.Integration.Platform;

public sealed class ModuleSwitchTests : IDisposable
{
    private PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string Toggle = "mutation($name: String!, $enabled: Boolean!) { setModuleEnabled(name: $name, enabled: $enabled, reason: \"test\") { name enabled } }";

    [Fact]
    public async Task The_seeded_host_lists_its_modules_and_the_four_statutory_partners()
    {
        var admin = _host.As("alex.admin");
        var modules = (await admin.SendAsync("{ modules { name enabled } }")).AssertOk().Data!["modules"]!.AsArray();
        Assert.Contains(modules, m => m!["name"]!.GetValue<string>() == "Governance" && m["enabled"]!.GetValue<bool>());

        var partners = (await admin.SendAsync("{ partners { name isStatutory } }")).AssertOk().Data!["partners"]!.AsArray();
        var statutory = partners.Where(p => p!["isStatutory"]!.GetValue<bool>()).Select(p => p!["name"]!.GetValue<string>()).OrderBy(n => n).ToArray();
        Assert.Equal(["Devon and Cornwall Police", "NHS Devon Integrated Care Board", "Plymouth City Council", "Ted Wragg Trust"], statutory);
        Assert.True(partners.Count >= 30, $"expected the relevant agencies too, got {partners.Count}");
    }

    [Fact]
    public async Task A_module_switched_off_answers_MODULE_DISABLED_and_comes_back_when_switched_on()
    {
        var admin = _host.As("alex.admin");
        (await admin.SendAsync(Toggle, new { name = "Governance", enabled = false })).AssertOk();

        (await admin.SendAsync("{ partners { name } }")).AssertError("MODULE_DISABLED");
        (await _host.As("gina.governance").SendAsync("{ overdueActions { nodes { id } } }")).AssertError("MODULE_DISABLED");
        // Platform fields stay up.
        var modules = (await admin.SendAsync("{ modules { name enabled } }")).AssertOk().Data!["modules"]!.AsArray();
        Assert.False(modules.Single(m => m!["name"]!.GetValue<string>() == "Governance")!["enabled"]!.GetValue<bool>());

        (await admin.SendAsync(Toggle, new { name = "Governance", enabled = true })).AssertOk();
        (await admin.SendAsync("{ partners { name } }")).AssertOk();

        var history = await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Toggles.Where(t => t.Module == "Governance").OrderBy(t => t.Id).ToListAsync());
        Assert.Equal([false, true], history.Select(t => t.Enabled));
        Assert.All(history, t => Assert.Equal("alex.admin", t.ChangedBy));
        var audit = await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.Where(a => a.Action == "module.toggled").ToListAsync());
        Assert.Equal(2, audit.Count);
    }

    [Fact]
    public async Task A_switched_off_subscriber_keeps_its_events_and_receives_them_when_switched_on()
    {
        var admin = _host.As("alex.admin");
        // The demo data's events (its partnership actions among them) reach the subscriber first: count from there.
        await _host.AssertEventsDeliveredAsync();
        var before = await _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Received.CountAsync());
        (await admin.SendAsync(Toggle, new { name = TestSubscriberModule.ModuleName, enabled = false })).AssertOk();
        await Task.Delay(ModuleFeatureDefinitionProvider.CacheFor / 4);

        var body = (await admin.SendAsync("{ partnershipBodies { id } }")).AssertOk().Data!["partnershipBodies"]![0]!["id"]!.GetValue<string>();
        var owner = (await admin.SendAsync("{ partners { id } }")).AssertOk().Data!["partners"]![0]!["id"]!.GetValue<string>();
        (await _host.As("gina.governance").SendAsync("mutation($i: CreateActionInput!) { createAction(input: $i) { id } }",
            new { i = new { bodyId = body, ownerPartnerId = owner, title = "Paused delivery", dueDate = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd") } })).AssertOk();

        // Relayed into the paused module's inbox, but not handled.
        await PartnershipHost.EventuallyAsync("the event to be relayed into the switched-off module's inbox (unhandled inbox rows)",
            () => _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Inbox.CountAsync(i => i.ProcessedAt == null)), n => n > 0);
        await Task.Delay(500);
        Assert.Equal(before, await _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Received.CountAsync()));
        (await admin.SendAsync("{ testSubscriberReceived }")).AssertError("MODULE_DISABLED");

        (await admin.SendAsync(Toggle, new { name = TestSubscriberModule.ModuleName, enabled = true })).AssertOk();
        await PartnershipHost.EventuallyAsync($"the waiting event to be handled once the module is on (handled; {before} before)",
            () => _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Received.CountAsync()), n => n == before + 1);
    }

    [Fact]
    public async Task An_override_survives_a_restart_of_the_host()
    {
        (await _host.As("alex.admin").SendAsync(Toggle, new { name = "Governance", enabled = false })).AssertOk();

        _host = _host.Restart();

        var modules = (await _host.As("alex.admin").SendAsync("{ modules { name enabled } }")).AssertOk().Data!["modules"]!.AsArray();
        Assert.False(modules.Single(m => m!["name"]!.GetValue<string>() == "Governance")!["enabled"]!.GetValue<bool>());
        (await _host.As("alex.admin").SendAsync("{ partners { name } }")).AssertError("MODULE_DISABLED");
    }

    [Fact]
    public async Task Only_administrators_switch_modules_and_unknown_modules_are_named()
    {
        (await _host.As("gina.governance").SendAsync(Toggle, new { name = "Governance", enabled = false })).AssertError("FORBIDDEN");
        (await _host.As("sam.scrutineer").SendAsync(Toggle, new { name = "Governance", enabled = false })).AssertError("FORBIDDEN");
        var unknown = (await _host.As("alex.admin").SendAsync(Toggle, new { name = "Astrology", enabled = false })).AssertError("NOT_FOUND");
        Assert.Contains("Governance", unknown.FirstMessage);
        Assert.Equal(0, await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Toggles.CountAsync()));
        Assert.Equal(0, await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().SwitchOverrides.CountAsync()));
    }

    private const string Assessments = "query($s: ID!) { neglectAssessments(subjectId: $s) { nodes { id } } }";
    private const string Register = "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }";
    private static readonly object AnyChild = new { s = Guid.NewGuid() };
    private static readonly object ChildInNeglect = new { i = new { module = "Neglect", name = "Switch Test Child", dateOfBirth = "2016-04-05" } };

    [Fact]
    public async Task A_switched_off_module_says_since_when_and_whether_the_caller_could_use_the_field_once_it_is_on()
    {
        (await _host.As("alex.admin").SendAsync(Toggle, new { name = "Neglect", enabled = false })).AssertOk();
        var since = await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().SwitchOverrides.Where(o => o.Module == "Neglect").Select(o => o.ChangedAt).SingleAsync());
        var off = $"The Neglect module is switched off: an administrator switched it off at {UkTime.Show(since)}.";

        // A member of the Neglect group: it is only switched off.
        var member = (await _host.As("nina.neglect").SendAsync(Assessments, AnyChild)).AssertError("MODULE_DISABLED");
        Assert.Equal(off + " An administrator can switch it on again.", member.FirstMessage);
        // Anyone else: switched off, and not theirs even when it is on. The switch comes first, for everyone.
        var other = (await _host.As("gina.governance").SendAsync(Assessments, AnyChild)).AssertError("MODULE_DISABLED");
        Assert.Equal(off + " Even when it is on, neglectAssessments is open only to members of the Neglect working group, which does not include you.", other.FirstMessage);
        var admin = (await _host.As("alex.admin").SendAsync(Assessments, AnyChild)).AssertError("MODULE_DISABLED");
        Assert.EndsWith("which does not include you.", admin.FirstMessage);

        // registerSubject names the module in its input and answers the same way.
        Assert.Equal(off + " An administrator can switch it on again.",
            (await _host.As("nina.neglect").SendAsync(Register, ChildInNeglect)).AssertError("MODULE_DISABLED").FirstMessage);
        Assert.Equal(off + " Even when it is on: you can record a child only in a working group you belong to; you are not in the Neglect group.",
            (await _host.As("gina.governance").SendAsync(Register, ChildInNeglect)).AssertError("MODULE_DISABLED").FirstMessage);

        // The list of modules says since when; once on again, the member is let in and the other is refused as usual.
        var modules = (await _host.As("gina.governance").SendAsync("{ modules { name enabled switchedOffAt } }")).AssertOk().Data!["modules"]!.AsArray();
        Assert.Equal(since, modules.Single(m => m!["name"]!.GetValue<string>() == "Neglect")!["switchedOffAt"]!.GetValue<DateTimeOffset>());
        Assert.Null(modules.Single(m => m!["name"]!.GetValue<string>() == "Governance")!["switchedOffAt"]);
        (await _host.As("alex.admin").SendAsync(Toggle, new { name = "Neglect", enabled = true })).AssertOk();
        (await _host.As("nina.neglect").SendAsync(Assessments, AnyChild)).AssertOk();
        Assert.Equal("You do not have access to neglectAssessments. It is open to members of the Neglect working group.",
            (await _host.As("gina.governance").SendAsync(Assessments, AnyChild)).AssertError("FORBIDDEN").FirstMessage);
    }

    [Fact]
    public async Task A_module_switched_off_in_configuration_says_so()
    {
        _host.Dispose();
        _host = new PartnershipHost(settings: new Dictionary<string, string?> { ["FeatureManagement:Neglect"] = "false" });
        Assert.Equal("The Neglect module is switched off in the host's configuration. An administrator can switch it on again.",
            (await _host.As("nina.neglect").SendAsync(Assessments, AnyChild)).AssertError("MODULE_DISABLED").FirstMessage);
        var modules = (await _host.As("nina.neglect").SendAsync("{ modules { name enabled switchedOffAt } }")).AssertOk().Data!["modules"]!.AsArray();
        var neglect = modules.Single(m => m!["name"]!.GetValue<string>() == "Neglect")!;
        Assert.False(neglect["enabled"]!.GetValue<bool>());
        Assert.Null(neglect["switchedOffAt"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Switching_a_module_off_needs_a_reason_and_without_one_nothing_changes(string? reason)
    {
        var refused = (await _host.As("alex.admin").SendAsync(
            "mutation($r: String) { setModuleEnabled(name: \"Neglect\", enabled: false, reason: $r) { enabled } }", new { r = reason })).AssertError("VALIDATION");
        var problem = Assert.Single(refused.Errors![0]!["extensions"]!["problems"]!.AsArray())!;
        Assert.Equal("reason", problem["field"]!.GetValue<string>());
        Assert.Equal("Say why you are switching Neglect off. The reason is kept in the history of switches.", problem["message"]!.GetValue<string>());
        // The same without the argument at all.
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Neglect\", enabled: false) { enabled } }")).AssertError("VALIDATION");

        // Nothing switched, nothing in the history, nothing audited; the module is still on.
        Assert.Equal((0, 0, 0), await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            return (await db.SwitchOverrides.CountAsync(), await db.Toggles.CountAsync(), await db.AuditLog.CountAsync(a => a.Action == "module.toggled"));
        }));
        (await _host.As("nina.neglect").SendAsync(Assessments, AnyChild)).AssertOk();
    }

    [Fact]
    public async Task Switching_a_module_on_may_go_without_a_reason()
    {
        (await _host.As("alex.admin").SendAsync(Toggle, new { name = "Neglect", enabled = false })).AssertOk();
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Neglect\", enabled: true) { enabled } }")).AssertOk();
        var history = await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Toggles.Where(t => t.Module == "Neglect").OrderBy(t => t.Id).ToListAsync());
        Assert.Equal(new (string?, bool)[] { ("test", false), (null, true) }, history.Select(t => (t.Reason, t.Enabled)));
    }
}
