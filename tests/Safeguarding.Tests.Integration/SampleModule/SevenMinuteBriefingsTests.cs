using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SevenMinuteBriefings;
using Safeguarding.SevenMinuteBriefings.Contracts;
using Safeguarding.SevenMinuteBriefings.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.SampleModule;

/// <summary>
/// The sample module of docs/adding-a-module.md, written by following the guide and nothing else, is discovered,
/// migrated, gated and served by the host like the partnership's own modules.
/// </summary>
public sealed class SevenMinuteBriefingsTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string Publish = "mutation($i: PublishSevenMinuteBriefingInput!) { publishSevenMinuteBriefing(input: $i) { id title learning publishedOn } }";
    private const string Toggle = "mutation($enabled: Boolean!) { setModuleEnabled(name: \"SevenMinuteBriefings\", enabled: $enabled, reason: \"test\") { name enabled } }";
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd");

    [Fact]
    public async Task The_host_discovers_the_module_migrates_its_database_and_seeds_it()
    {
        var modules = (await _host.As("alex.admin").SendAsync("{ modules { name enabled } }")).AssertOk().Data!["modules"]!.AsArray();
        Assert.Contains(modules, m => m!["name"]!.GetValue<string>() == SevenMinuteBriefingsModule.ModuleName && m["enabled"]!.GetValue<bool>());

        var pending = await _host.ScopedAsync(sp => sp.GetRequiredService<SevenMinuteBriefingsDbContext>().Database.GetPendingMigrationsAsync());
        Assert.Empty(pending);
        var briefings = (await _host.As("gina.governance").SendAsync("{ sevenMinuteBriefings { nodes { title publishedOn } } }")).AssertOk().Data!["sevenMinuteBriefings"]!["nodes"]!.AsArray();
        Assert.Equal("Professional curiosity", Assert.Single(briefings)!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Its_working_group_publishes_a_briefing_that_is_stored_announced_and_served()
    {
        var published = (await _host.As("brian.briefings").SendAsync(Publish,
            new { i = new { title = "  Hidden men  ", learning = "Ask who else lives in the home or visits.", publishedOn = Today } })).AssertOk();
        var id = Guid.Parse(published.Data!["publishSevenMinuteBriefing"]!["id"]!.GetValue<string>());
        Assert.Equal("Hidden men", published.Data!["publishSevenMinuteBriefing"]!["title"]!.GetValue<string>());

        var titles = (await _host.As("alex.admin").SendAsync("{ sevenMinuteBriefings { nodes { title } } }")).AssertOk().Data!["sevenMinuteBriefings"]!["nodes"]!.AsArray()
            .Select(b => b!["title"]!.GetValue<string>());
        Assert.Contains("Hidden men", titles);

        var stored = await _host.ScopedAsync(sp => sp.GetRequiredService<SevenMinuteBriefingsDbContext>().Briefings.SingleAsync(b => b.Id == id));
        Assert.Equal("brian.briefings", stored.PublishedBy);
        var announced = await _host.ScopedAsync(sp => sp.GetRequiredService<SevenMinuteBriefingsDbContext>().Outbox
            .CountAsync(o => o.EventType == typeof(SevenMinuteBriefingPublished).FullName && o.Payload.Contains(id.ToString())));
        Assert.Equal(1, announced);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_named_and_nothing_written()
    {
        var fingerprint = () => _host.ScopedAsync(async sp => string.Join(",", await sp.GetRequiredService<SevenMinuteBriefingsDbContext>().Briefings.Select(b => b.Title).OrderBy(t => t).ToListAsync()));
        await _host.AssertRejectedAsync(fingerprint, "brian.briefings", Publish,
            new { i = new { title = " ", learning = "Something learnt.", publishedOn = Today } }, "VALIDATION", "title");
        await _host.AssertRejectedAsync(fingerprint, "brian.briefings", Publish,
            new { i = new { title = "From the future", learning = "Something learnt.", publishedOn = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd") } }, "VALIDATION", "publishedOn");
        await _host.AssertRejectedAsync(fingerprint, "brian.briefings", Publish,
            new { i = new { title = "Professional curiosity", learning = "The same title again.", publishedOn = Today } }, "CONFLICT");
    }

    [Fact]
    public async Task Only_its_working_group_may_publish_and_switched_off_it_answers_MODULE_DISABLED()
    {
        var briefing = new { i = new { title = "Not yours", learning = "Someone else's learning.", publishedOn = Today } };
        (await _host.As("gina.governance").SendAsync(Publish, briefing)).AssertError("FORBIDDEN");
        (await _host.As("sam.scrutineer").SendAsync(Publish, briefing)).AssertError("FORBIDDEN");

        var admin = _host.As("alex.admin");
        (await admin.SendAsync(Toggle, new { enabled = false })).AssertOk();
        (await _host.As("brian.briefings").SendAsync("{ sevenMinuteBriefings { nodes { title } } }")).AssertError("MODULE_DISABLED");
        (await admin.SendAsync(Toggle, new { enabled = true })).AssertOk();
        (await _host.As("brian.briefings").SendAsync("{ sevenMinuteBriefings { nodes { title } } }")).AssertOk();
    }
}
