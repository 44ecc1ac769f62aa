using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Adolescents.Intelligence;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.Host.Platform;
using Safeguarding.SharedKernel.Auditing;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Adolescents;

/// <summary>
/// An adult of concern whose date of birth is known is held by the partnership's registry, encrypted, like the adults
/// of a police notice: the Adolescents module keeps the reference and the registry id, and reading who the adult is goes
/// through the registry, audited with its purpose. An adult known only by a name stays in the module until identified.
/// </summary>
public sealed class AdultsOfConcernInTheRegistryTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private GraphQLClient Adam => _host.As("adam.adolescents");

    private const string Record = "mutation($i: RecordAdultOfConcernInput!) { recordAdultOfConcern(input: $i) { id reference person { id } } }";
    private const string Identify = "mutation($i: IdentifyAdultOfConcernInput!) { identifyAdultOfConcern(input: $i) { id person { id } } }";
    private const string Details = """
        query { adultsOfConcern { nodes { id details(purpose: "Daily Intelligence Briefing") { name knownAs notes dateOfBirth policePersonReference } } } }
        """;

    private async Task<JsonNode> RecordAsync(object input) => (await Adam.SendAsync(Record, new { i = input })).AssertOk().Data!["recordAdultOfConcern"]!;

    private Task<AdultOfConcern> HeldAsync(string id) =>
        _host.ScopedAsync(sp => sp.GetRequiredService<AdolescentsDbContext>().AdultsOfConcern.AsNoTracking().SingleAsync(a => a.Id == Guid.Parse(id)));

    private async Task<JsonNode> DetailsOfAsync(string id) =>
        (await Adam.SendAsync(Details)).AssertOk().Data!["adultsOfConcern"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == id)!["details"]!;

    private Task<List<AuditRecord>> IdentityReadsAsync(string subject) =>
        _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.Action == AuditActions.IdentityRead && a.SubjectId == subject).ToListAsync());

    /// <summary>The adults held by the module and the people held by the registry: unchanged by a refused request.</summary>
    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var adults = await sp.GetRequiredService<AdolescentsDbContext>().AdultsOfConcern.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => a.Id + ":" + a.SubjectId + ":" + a.Name + ":" + a.KnownAs).ToListAsync();
        return string.Join("|", adults) + "#" + await sp.GetRequiredService<PlatformDbContext>().Subjects.CountAsync();
    });

    [Fact]
    public async Task An_adult_given_with_a_date_of_birth_is_held_by_the_registry_and_read_through_it_with_an_audited_purpose()
    {
        var adult = await RecordAsync(new
        {
            name = "Wesley Thornbury", knownAs = "Wes", notes = "Seen collecting young people from school", dateOfBirth = "1988-07-14",
            policePersonReference = "PNC/88/W",
        });
        var id = adult["id"]!.GetValue<string>();
        var person = adult["person"]!["id"]!.GetValue<string>();

        // The module keeps the reference, the notes and the registry's id: no name.
        var held = await HeldAsync(id);
        Assert.Equal(Guid.Parse(person), held.SubjectId);
        Assert.Null(held.Name);
        Assert.Null(held.KnownAs);
        Assert.Equal("Seen collecting young people from school", held.Notes);

        var details = await DetailsOfAsync(id);
        Assert.Equal(("Wesley Thornbury", "Wes", "1988-07-14", "PNC/88/W"), (details["name"]!.GetValue<string>(), details["knownAs"]!.GetValue<string>(),
            details["dateOfBirth"]!.GetValue<string>(), details["policePersonReference"]!.GetValue<string>()));
        Assert.Equal("Seen collecting young people from school", details["notes"]!.GetValue<string>());
        var read = Assert.Single(await IdentityReadsAsync(person));
        Assert.Equal(("adam.adolescents", "Daily Intelligence Briefing", "details"), (read.Actor, read.Purpose, read.Field));

        // Another working group does not find the adult; the Adolescents group's list needs no identity to show them.
        (await _host.As("nina.neglect").SendAsync("query($s: ID!) { subject(id: $s) { identity(purpose: \"Curious about the adult\") { name } } }", new { s = person }))
            .AssertError("NOT_FOUND");
        Assert.Single(await IdentityReadsAsync(person));
    }

    [Fact]
    public async Task An_adult_held_by_name_moves_to_the_registry_when_their_date_of_birth_is_given_and_only_then()
    {
        var adult = await RecordAsync(new { name = "Example Adult", knownAs = "Example" });
        var id = adult["id"]!.GetValue<string>();
        Assert.Null(adult["person"]);
        var byName = await DetailsOfAsync(id);
        Assert.Equal(("Example Adult", "Example"), (byName["name"]!.GetValue<string>(), byName["knownAs"]!.GetValue<string>()));
        Assert.Null(byName["dateOfBirth"]);

        // Refused, each with nothing written anywhere: an unknown adult, a date of birth to come, a reference without a date of birth.
        await _host.AssertRejectedAsync(FingerprintAsync, "adam.adolescents", Identify, new { i = new { adultId = Guid.NewGuid(), dateOfBirth = "1990-01-01" } }, "NOT_FOUND");
        await _host.AssertRejectedAsync(FingerprintAsync, "adam.adolescents", Identify,
            new { i = new { adultId = id, dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2)).ToString("yyyy-MM-dd") } }, "VALIDATION", "dateOfBirth");
        await _host.AssertRejectedAsync(FingerprintAsync, "adam.adolescents", Record, new { i = new { name = "Another Adult", policePersonReference = "PNC/90/X" } },
            "VALIDATION", "dateOfBirth");
        await _host.AssertRejectedAsync(FingerprintAsync, "nina.neglect", Identify, new { i = new { adultId = id, dateOfBirth = "1990-01-01" } }, "FORBIDDEN");

        var identified = (await Adam.SendAsync(Identify, new { i = new { adultId = id, dateOfBirth = "1990-01-01" } })).AssertOk().Data!["identifyAdultOfConcern"]!;
        var person = identified["person"]!["id"]!.GetValue<string>();
        var held = await HeldAsync(id);
        Assert.Equal((Guid.Parse(person), null, null), (held.SubjectId, held.Name, held.KnownAs));
        var fromRegistry = await DetailsOfAsync(id);
        Assert.Equal(("Example Adult", "Example", "1990-01-01"), (fromRegistry["name"]!.GetValue<string>(), fromRegistry["knownAs"]!.GetValue<string>(),
            fromRegistry["dateOfBirth"]!.GetValue<string>()));
        Assert.Single(await IdentityReadsAsync(person));

        // Once held by the registry, identifying the adult again is a conflict, and changes nothing.
        await _host.AssertRejectedAsync(FingerprintAsync, "adam.adolescents", Identify, new { i = new { adultId = id, dateOfBirth = "1990-01-01" } }, "CONFLICT");
    }
}
