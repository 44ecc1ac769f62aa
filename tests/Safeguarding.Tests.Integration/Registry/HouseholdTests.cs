using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.Platform;
using Safeguarding.Host.Platform.Registry;
using Safeguarding.SharedKernel.Auditing;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Registry;

/// <summary>
/// Households and relationships: people of the registry who share an address at the same time live together; working
/// groups record siblings, parents, carers, people causing harm and partners. The child's view shows them to a reader
/// entitled to the child, each member's identity only where the reader is entitled to that member, and a flag where
/// another part of the partnership holds records on them. nina.neglect is in Neglect, carla.csa in CSA,
/// dana.domesticabuse in Domestic Abuse.
/// </summary>
public sealed class HouseholdTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string Register = "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id outcome } }";
    private const string Household = """
        query($s: ID!, $why: String!) { subjectView(subjectId: $s, purpose: $why) {
          household { subjectId livesWithChild livedWithChild livedTogetherFrom livedTogetherUntil name dateOfBirth heldByYourGroups heldElsewhere
                      relationships { id subjectId relativeId kind since until recordedInModule } } } }
        """;
    private const string Relate = """
        mutation($i: RecordRelationshipInput!) { recordRelationship(input: $i) { id subjectId relativeId kind since until recordedInModule recordedBy } }
        """;
    private const string End = "mutation($r: ID!, $on: DateOnly!, $why: String!) { endRelationship(relationship: $r, on: $on, reason: $why) { id until endedBy endReason } }";
    private const string Purpose = "Strategy discussion about the family";

    private async Task<string> RegisterAsync(string user, string module, string given, string family, string dob, params object[] addresses)
    {
        var registration = (await _host.As(user).SendAsync(Register, new { i = new { module, givenNames = given, familyName = family, dateOfBirth = dob, addresses } }))
            .AssertOk().Data!["registerSubject"]!;
        Assert.Equal("NEW", registration["outcome"]!.GetValue<string>());
        return registration["id"]!.GetValue<string>();
    }

    private async Task<JsonArray?> HouseholdAsync(string user, string child) =>
        (await _host.As(user).SendAsync(Household, new { s = child, why = Purpose })).AssertOk().Data!["subjectView"]!["household"]?.AsArray();

    private static JsonNode? Member(JsonArray household, string subject) => household.FirstOrDefault(m => m!["subjectId"]!.GetValue<string>() == subject);

    private Task<List<AuditRecord>> AuditAsync(string action, string? subject = null) =>
        _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.Action == action && (subject == null || a.SubjectId == subject)).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task Children_at_one_address_at_the_same_time_are_one_household_and_each_reader_sees_a_flag_not_the_other_groups_child()
    {
        var peggy = await RegisterAsync("nina.neglect", "Neglect", "Peggy", "Carnsew", "2016-03-02", new { line = "12 Tamar Street", postcode = "PL4 6QT", from = "2020-01-01" });
        // The same home written another way by another agency: abbreviation, punctuation, a postcode without its space.
        var tom = await RegisterAsync("carla.csa", "Csa", "Tom", "Carnsew", "2012-08-19", new { line = "12, Tamar St.", postcode = "pl46qt" });
        // Lived there before Peggy arrived: never together.
        var jake = await RegisterAsync("dana.domesticabuse", "DomesticAbuse", "Jake", "Polwhele", "2009-05-05", new { line = "12 Tamar Street", postcode = "PL4 6QT", from = "2014-02-01", to = "2019-06-30" });
        // A postcode alone is a street, not a home.
        var street = await RegisterAsync("nina.neglect", "Neglect", "Ivy", "Menadue", "2015-10-10", new { postcode = "PL4 6QT" });

        var household = (await HouseholdAsync("nina.neglect", peggy))!;
        var withTom = Member(household, tom)!;
        Assert.True(withTom["livesWithChild"]!.GetValue<bool>());
        Assert.Equal("2020-01-01", withTom["livedTogetherFrom"]!.GetValue<string>());
        Assert.Null(withTom["livedTogetherUntil"]);
        Assert.Null(withTom["name"]);             // the CSA group's child: not Neglect's to see
        Assert.Null(withTom["dateOfBirth"]);
        Assert.Empty(withTom["heldByYourGroups"]!.AsArray());
        Assert.True(withTom["heldElsewhere"]!.GetValue<bool>()); // but Neglect learns that someone holds records on him
        Assert.Null(Member(household, jake));
        Assert.Null(Member(household, street));

        var fromTom = Member((await HouseholdAsync("carla.csa", tom))!, peggy)!;
        Assert.True(fromTom["livesWithChild"]!.GetValue<bool>());
        Assert.Null(fromTom["name"]);
        Assert.True(fromTom["heldElsewhere"]!.GetValue<bool>());

        // Jake and Peggy never lived there together; Jake is listed for nobody living there now.
        Assert.DoesNotContain((await HouseholdAsync("dana.domesticabuse", jake))!, m => m!["subjectId"]!.GetValue<string>() == peggy);

        // The child's record page shows the same, with the flag in words.
        var nina = await Web.WebInterfaceTests.SignedInAsync(_host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), "nina.neglect");
        var page = await nina.GetStringAsync($"/child/{peggy}?purpose={Uri.EscapeDataString(Purpose)}");
        Assert.Contains("Household and family", page);
        Assert.Contains($"Person {tom[..8]}", page);
        Assert.Contains("Yes, since 1 Jan 2020", page);
        Assert.Contains("Also known to another part of the partnership", page);
        Assert.DoesNotContain("Tom Carnsew", page);

        var reads = await AuditAsync(AuditActions.HouseholdRead, peggy);
        Assert.Equal(2, reads.Count); // the query and the page
        Assert.All(reads, r => Assert.Equal(Purpose, r.Purpose));
        Assert.Equal("Neglect", reads[0].Module);
        Assert.DoesNotContain(await AuditAsync(AuditActions.IdentityRead, tom), a => a.Field == "household");
    }

    [Fact]
    public async Task A_recorded_sibling_is_listed_both_ways_with_who_they_are_for_a_group_holding_both()
    {
        var peggy = await RegisterAsync("nina.neglect", "Neglect", "Peggy", "Vosper", "2016-03-02", new { line = "3 Mount Gould Road", postcode = "PL4 7PX" });
        var rosie = await RegisterAsync("nina.neglect", "Neglect", "Rosie", "Vosper", "2013-11-21", new { line = "40 Embankment Road", postcode = "PL4 9HY" });

        var relationship = (await _host.As("nina.neglect").SendAsync(Relate, new { i = new { subjectId = peggy, relativeId = rosie, kind = "SIBLING", module = "Neglect", since = "2016-03-02" } }))
            .AssertOk().Data!["recordRelationship"]!;
        Assert.Equal("SIBLING", relationship["kind"]!.GetValue<string>());
        Assert.Equal("Neglect", relationship["recordedInModule"]!.GetValue<string>());
        Assert.Equal("nina.neglect", relationship["recordedBy"]!.GetValue<string>());

        var sister = Member((await HouseholdAsync("nina.neglect", peggy))!, rosie)!;
        Assert.False(sister["livesWithChild"]!.GetValue<bool>());
        Assert.False(sister["livedWithChild"]!.GetValue<bool>());
        Assert.Equal("SIBLING", sister["relationships"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal("Rosie Vosper", sister["name"]!.GetValue<string>());
        Assert.Equal("2013-11-21", sister["dateOfBirth"]!.GetValue<string>());
        Assert.Equal(["Neglect"], sister["heldByYourGroups"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.False(sister["heldElsewhere"]!.GetValue<bool>());
        var identityRead = Assert.Single(await AuditAsync(AuditActions.IdentityRead, rosie), a => a.Field == "household");
        Assert.Equal(Purpose, identityRead.Purpose);

        Assert.Equal("SIBLING", Member((await HouseholdAsync("nina.neglect", rosie))!, peggy)!["relationships"]![0]!["kind"]!.GetValue<string>());

        // Recorded once: the same sibling again, either way round, is a conflict.
        (await _host.As("nina.neglect").SendAsync(Relate, new { i = new { subjectId = rosie, relativeId = peggy, kind = "SIBLING", module = "Neglect" } })).AssertError("CONFLICT");

        var id = relationship["id"]!.GetValue<string>();
        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "nina.neglect", End, new { r = id, on = "2024-01-01", why = "" }, "VALIDATION", "reason");
        var ended = (await _host.As("nina.neglect").SendAsync(End, new { r = id, on = "2024-01-01", why = "Recorded against the wrong family" })).AssertOk().Data!["endRelationship"]!;
        Assert.Equal("2024-01-01", ended["until"]!.GetValue<string>());
        Assert.Equal("nina.neglect", ended["endedBy"]!.GetValue<string>());
        (await _host.As("nina.neglect").SendAsync(End, new { r = id, on = "2024-01-02", why = "Recorded against the wrong family" })).AssertError("CONFLICT");
        Assert.Single(await AuditAsync(AuditActions.RelationshipRecorded, peggy));
        Assert.Single(await AuditAsync(AuditActions.RelationshipEnded, peggy));
    }

    [Fact]
    public async Task A_person_causing_harm_is_shown_only_to_the_group_that_recorded_them()
    {
        var kit = (await _host.As("nina.neglect").SendAsync(Register, new { i = new { module = "Neglect", name = "Kit Hocking", dateOfBirth = "2011-07-07", nhsNumber = "943 476 5919" } }))
            .AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        var alsoKit = (await _host.As("carla.csa").SendAsync(Register, new { i = new { module = "Csa", name = "Kit Hocking", dateOfBirth = "2011-07-07", nhsNumber = "9434765919" } }))
            .AssertOk().Data!["registerSubject"]!;
        Assert.Equal(("MATCHED", kit), (alsoKit["outcome"]!.GetValue<string>(), alsoKit["id"]!.GetValue<string>()));
        var dan = await RegisterAsync("carla.csa", "Csa", "Dan", "Pengelly", "2005-01-30", new { line = "1 Union Street", postcode = "PL1 3EZ" });

        (await _host.As("carla.csa").SendAsync(Relate, new { i = new { subjectId = kit, relativeId = dan, kind = "PERSON_CAUSING_HARM", module = "Csa" } })).AssertOk();

        var csa = Member((await HouseholdAsync("carla.csa", kit))!, dan)!;
        Assert.Equal("PERSON_CAUSING_HARM", csa["relationships"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal("Dan Pengelly", csa["name"]!.GetValue<string>());
        // Neglect holds Kit too, but learns nothing of Dan: not the relationship, not that he exists.
        Assert.Null(Member((await HouseholdAsync("nina.neglect", kit))!, dan));
    }

    [Fact]
    public async Task Relationships_are_recorded_only_by_a_group_holding_the_child_and_the_household_only_shown_to_one()
    {
        var peggy = await RegisterAsync("nina.neglect", "Neglect", "Peggy", "Trethewey", "2016-03-02", new { line = "8 Alma Road", postcode = "PL3 4HE" });
        var tom = await RegisterAsync("carla.csa", "Csa", "Tom", "Trethewey", "2012-08-19", new { line = "8 Alma Road", postcode = "PL3 4HE" });

        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "nina.neglect", Relate, new { i = new { subjectId = peggy, relativeId = peggy, kind = "SIBLING", module = "Neglect" } }, "VALIDATION", "relativeId");
        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "nina.neglect", Relate, new { i = new { subjectId = peggy, relativeId = tom, kind = "SIBLING", module = "Neglect", since = "2999-01-01" } }, "VALIDATION", "since");
        (await _host.As("nina.neglect").SendAsync(Relate, new { i = new { subjectId = peggy, relativeId = Guid.NewGuid(), kind = "SIBLING", module = "Neglect" } })).AssertError("NOT_FOUND");
        // Domestic Abuse holds nothing on Peggy; Neglect is not Dana's to record in; the scrutineer records nothing about a child.
        (await _host.As("dana.domesticabuse").SendAsync(Relate, new { i = new { subjectId = peggy, relativeId = tom, kind = "SIBLING", module = "DomesticAbuse" } })).AssertError("FORBIDDEN");
        (await _host.As("dana.domesticabuse").SendAsync(Relate, new { i = new { subjectId = peggy, relativeId = tom, kind = "SIBLING", module = "Neglect" } })).AssertError("FORBIDDEN");
        (await _host.As("sam.scrutineer").SendAsync(Relate, new { i = new { subjectId = peggy, relativeId = tom, kind = "SIBLING", module = "Neglect" } })).AssertError("FORBIDDEN");
        Assert.Equal(0, await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Relationships.CountAsync()));

        // A practitioner whose group holds nothing on Peggy, and who has no relationship with her, is not told she is held,
        // and the refusal is audited.
        (await _host.As("dana.domesticabuse").SendAsync(Household, new { s = peggy, why = Purpose })).AssertError("NOT_FOUND");
        var refused = Assert.Single(await AuditAsync(AuditActions.SubjectLookupRefused, peggy));
        Assert.False(refused.Allowed);
    }

    [Fact]
    public async Task Records_recorded_as_siblings_are_never_merged_as_one_child()
    {
        var neglect = await RegisterAsync("nina.neglect", "Neglect", "Alfie", "Pennywhistle", "2016-04-12");
        var second = (await _host.As("dana.domesticabuse").SendAsync(Register,
            new { i = new { module = "DomesticAbuse", givenNames = "Alfie", familyName = "Pennywhistle", dateOfBirth = "2016-04-12" } })).AssertOk().Data!["registerSubject"]!;
        Assert.Equal("NEEDS_REVIEW", second["outcome"]!.GetValue<string>());
        var review = (await _host.As("nina.neglect").SendAsync("{ possibleDuplicates { nodes { id subject { id } } } }")).AssertOk().Data!["possibleDuplicates"]!["nodes"]!.AsArray()
            .Single(r => r!["subject"]!["id"]!.GetValue<string>() == second["id"]!.GetValue<string>())!["id"]!.GetValue<string>();

        (await _host.As("nina.neglect").SendAsync(Relate, new { i = new { subjectId = neglect, relativeId = second["id"]!.GetValue<string>(), kind = "SIBLING", module = "Neglect" } })).AssertOk();
        var refused = (await _host.As("nina.neglect").SendAsync("mutation($r: ID!) { confirmSameChild(review: $r, reason: \"Same school and GP\") { id } }", new { r = review }))
            .AssertError("CONFLICT");
        Assert.Contains("related", refused.FirstMessage, StringComparison.Ordinal);
        Assert.Equal(0, await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().SubjectMerges.CountAsync()));
    }

    [Fact]
    public async Task Records_registered_before_households_were_indexed_are_found_once_indexed()
    {
        var peggy = await RegisterAsync("nina.neglect", "Neglect", "Peggy", "Rowse", "2016-03-02", new { line = "21 Lipson Road", postcode = "PL4 8PW" });
        var tom = await RegisterAsync("nina.neglect", "Neglect", "Tom", "Rowse", "2012-08-19", new { line = "21 Lipson Road", postcode = "PL4 8PW" });
        // As a record written before the household index existed: no address rows, not marked indexed.
        await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var id = Guid.Parse(tom);
            db.HouseholdAddresses.RemoveRange(await db.HouseholdAddresses.Where(a => a.SubjectId == id).ToListAsync());
            (await db.Subjects.SingleAsync(s => s.Id == id)).HouseholdIndexedAt = null;
            return await db.SaveChangesAsync();
        });
        Assert.Null(Member((await HouseholdAsync("nina.neglect", peggy))!, tom));

        Assert.Equal(1, await _host.ScopedAsync(sp => sp.GetRequiredService<SubjectRegistry>().IndexUnhashedAsync(CancellationToken.None)));
        Assert.True(Member((await HouseholdAsync("nina.neglect", peggy))!, tom)!["livesWithChild"]!.GetValue<bool>());
        Assert.Equal("Tom Rowse", Member((await HouseholdAsync("nina.neglect", peggy))!, tom)!["name"]!.GetValue<string>());
    }
}
