using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.Platform;
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
        (await _host.As("gina.governance").SendAsync("{ overdueActions { id } }")).AssertError("MODULE_DISABLED");
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
        Assert.True(await PartnershipHost.EventuallyAsync(() => _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Inbox.AnyAsync(i => i.ProcessedAt == null))));
        await Task.Delay(500);
        Assert.Equal(before, await _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Received.CountAsync()));
        (await admin.SendAsync("{ testSubscriberReceived }")).AssertError("MODULE_DISABLED");

        (await admin.SendAsync(Toggle, new { name = TestSubscriberModule.ModuleName, enabled = true })).AssertOk();
        Assert.True(await PartnershipHost.EventuallyAsync(() => _host.ScopedAsync(async sp => await sp.GetRequiredService<TestSubscriberDbContext>().Received.CountAsync() == before + 1)));
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
}
