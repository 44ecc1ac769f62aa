using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.Host.Platform;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.DomesticAbuse;

/// <summary>
/// A police feed names children by who they are, not by the partnership's ids: each child is matched to the child held
/// (or registered) as the notice is stored, and the result says which, child by child. nina.neglect is in the Neglect
/// working group, dana.domesticabuse in Domestic Abuse.
/// </summary>
public sealed class NoticeIntakeByIdentityTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string RecordMany = """
        mutation($n: [ProtectionNoticeInput]!) { recordProtectionNotices(notices: $n) {
          received stored duplicates rejected
          results { index outcome noticeId problems { field message } childMatches { field subjectId outcome score reasons reviewId } } } }
        """;
    private const string Register = "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id outcome } }";

    private static string Ago(TimeSpan span) => DateTimeOffset.UtcNow.Subtract(span).ToString("O");

    private static object Notice(string reference, object[] childIdentities, string[]? children = null) => new
    {
        policeReference = reference, incidentAt = Ago(TimeSpan.FromHours(30)), locationArea = "Devonport", childIdentities, children,
        adults = new[] { new { role = "VICTIM", personReference = "P-" + reference } },
    };

    private async Task<JsonNode> SendAsync(params object[] notices) =>
        (await _host.As("dana.domesticabuse").SendAsync(RecordMany, new { n = notices })).AssertOk().Data!["recordProtectionNotices"]!;

    private async Task<string> RegisterInNeglectAsync(object identity) =>
        (await _host.As("nina.neglect").SendAsync(Register, new { i = identity })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();

    private Task<int> SubjectCountAsync() => _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Subjects.CountAsync());

    private static JsonArray Matches(JsonNode batch, int index) => batch["results"]!.AsArray()[index]!["childMatches"]!.AsArray();

    [Fact]
    public async Task Children_named_by_identity_are_matched_to_the_child_held_or_registered_once_and_a_batch_sent_again_registers_nobody()
    {
        var nhs = TestNhsNumbers.Next();
        var known = await RegisterInNeglectAsync(new { module = "Neglect", name = "Ellie Quillfeather", dateOfBirth = "2015-04-05", nhsNumber = nhs });
        var before = await SubjectCountAsync();
        var ellie = new { givenNames = "Ellie", familyName = "Quillfeather", dateOfBirth = "2015-04-05", nhsNumber = nhs, addresses = new[] { new { postcode = "PL1 2AB" } } };
        var sam = new { name = "Sam Brackenridge", dateOfBirth = "2017-01-02", sex = "MALE", addresses = new[] { new { line = "7 Example Road", postcode = "PL4 6CD" } } };
        object[] batch =
        [
            Notice("ID-INTAKE-1", [ellie]),
            Notice("ID-INTAKE-2", [sam]),
            Notice("ID-INTAKE-3", [sam], children: [known]), // the same new child again, and a child by id
        ];

        var first = await SendAsync(batch);
        Assert.Equal(3, first["stored"]!.GetValue<int>());
        var matchedEllie = Matches(first, 0).Single()!;
        Assert.Equal("childIdentities[0]", matchedEllie["field"]!.GetValue<string>());
        Assert.Equal("MATCHED", matchedEllie["outcome"]!.GetValue<string>());
        Assert.Equal(known, matchedEllie["subjectId"]!.GetValue<string>());
        Assert.Contains(matchedEllie["reasons"]!.AsArray(), r => r!.GetValue<string>().Contains("NHS", StringComparison.Ordinal));
        var newSam = Matches(first, 1).Single()!;
        Assert.Equal("NEW", newSam["outcome"]!.GetValue<string>());
        var samAgain = Matches(first, 2).Single()!;
        Assert.Equal(newSam["subjectId"]!.GetValue<string>(), samAgain["subjectId"]!.GetValue<string>());
        Assert.Equal(before + 1, await SubjectCountAsync()); // Sam, once; Ellie was held already

        // Each notice is stored under the children it named, by identity and by id alike.
        var childrenOf = await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<DomesticAbuseDbContext>();
            var rows = await (from n in db.Notices join c in db.NoticeChildren on n.Id equals c.NoticeId
                              where n.PoliceReference.StartsWith("ID-INTAKE-") select new { n.PoliceReference, c.SubjectId }).ToListAsync();
            return rows.GroupBy(r => r.PoliceReference).ToDictionary(g => g.Key, g => g.Select(r => r.SubjectId.ToString()).Order().ToList());
        });
        Assert.Equal([known], childrenOf["ID-INTAKE-1"]);
        Assert.Equal([newSam["subjectId"]!.GetValue<string>()], childrenOf["ID-INTAKE-2"]);
        Assert.Equal(new[] { known, newSam["subjectId"]!.GetValue<string>() }.Order().ToList(), childrenOf["ID-INTAKE-3"]);

        // Matched on intake, the child held by Neglect is now Domestic Abuse's too: its working group sees the notice on the child.
        var view = (await _host.As("dana.domesticabuse").SendAsync("query($s: ID!) { subject(id: $s) { domesticAbuse { notices { id } } } }", new { s = known }))
            .AssertOk().Data!["subject"]!["domesticAbuse"]!["notices"]!.AsArray();
        Assert.Contains(view, n => n!["id"]!.GetValue<string>() == first["results"]![0]!["noticeId"]!.GetValue<string>());

        // A police system sending the batch again stores nothing and registers nobody.
        var again = await SendAsync(batch);
        Assert.Equal(3, again["duplicates"]!.GetValue<int>());
        Assert.All(again["results"]!.AsArray(), r => Assert.Empty(r!["childMatches"]!.AsArray()));
        Assert.Equal(before + 1, await SubjectCountAsync());
    }

    [Fact]
    public async Task A_bad_identity_rejects_only_its_notice_and_a_name_and_birthday_alone_is_stored_and_queued_for_review()
    {
        await RegisterInNeglectAsync(new { module = "Neglect", name = "Rowan Thistlewood", dateOfBirth = "2014-03-03" });
        var before = await SubjectCountAsync();

        var batch = await SendAsync(
            Notice("ID-BAD-1", [new { name = "Kit Example", dateOfBirth = "2016-05-05", nhsNumber = "1234567891" }]),
            Notice("ID-BAD-2", [new { name = "Kit Example" }]),
            Notice("ID-UNSURE-1", [new { name = "Rowan Thistlewood", dateOfBirth = "2014-03-03" }]));

        Assert.Equal(2, batch["rejected"]!.GetValue<int>());
        Assert.Equal(1, batch["stored"]!.GetValue<int>());
        string Problem(int i) => batch["results"]![i]!["problems"]!.AsArray().Single()!["field"]!.GetValue<string>();
        Assert.Equal("childIdentities[0].nhsNumber", Problem(0));
        Assert.Equal("childIdentities[0].dateOfBirth", Problem(1));
        Assert.Empty(Matches(batch, 0));

        // Names and a date of birth alone never make two records one child: stored under a new record, with a question for a practitioner.
        var unsure = Matches(batch, 2).Single()!;
        Assert.Equal("NEEDS_REVIEW", unsure["outcome"]!.GetValue<string>());
        Assert.NotNull(unsure["reviewId"]!.GetValue<string>());
        Assert.DoesNotContain(unsure["reasons"]!.AsArray(), r => r!.GetValue<string>().Contains("Thistlewood", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(before + 1, await SubjectCountAsync());
        var queue = (await _host.As("nina.neglect").SendAsync("{ possibleDuplicates { nodes { id subject { id } } } }")).AssertOk().Data!["possibleDuplicates"]!["nodes"]!.AsArray();
        Assert.Contains(queue, q => q!["id"]!.GetValue<string>() == unsure["reviewId"]!.GetValue<string>() && q["subject"]!["id"]!.GetValue<string>() == unsure["subjectId"]!.GetValue<string>());
    }

    [Fact]
    public async Task People_named_in_one_batch_are_matched_against_each_other_as_if_registered_one_after_another()
    {
        var before = await SubjectCountAsync();
        var nhs = TestNhsNumbers.Next();
        var home = new[] { new { line = "3 Batch Lane", postcode = "PL2 3EF" } };
        var alfie = new { givenNames = "Alfie", familyName = "Wetherell", dateOfBirth = "2016-02-03", sex = "MALE", addresses = home };
        var alfred = new { givenNames = "Alfred", familyName = "Wetherell", dateOfBirth = "2016-02-03", sex = "MALE", addresses = home, nhsNumber = nhs };
        var byNhs = new { givenNames = "Alfred", familyName = "Wetherell", dateOfBirth = "2016-02-03", nhsNumber = nhs,
            addresses = new[] { new { line = "9 New Street", postcode = "PL5 1AB" } } };
        var twin = new { givenNames = "Amelia", familyName = "Wetherell", dateOfBirth = "2016-02-03", sex = "FEMALE", addresses = home };
        // Enough children, each under a dozen keys, that the batch locks the registry whole rather than key by key.
        string[] given = ["Oscar", "Priya", "Quentin", "Rosalind", "Tobias", "Ursula"], family = ["Ashcombe", "Brixton", "Clovelly", "Dunsford", "Exbourne", "Fremington"];
        var others = Enumerable.Range(0, 6).Select(i => (object)new
        {
            givenNames = given[i], familyName = family[i], dateOfBirth = $"201{i}-06-0{i + 1}", addresses = new[] { new { line = $"{i + 1} Ottery Row", postcode = $"PL{i + 1} 4GH" } },
        }).ToArray();

        var batch = await SendAsync(
            Notice("ID-BATCH-1", [alfie]),
            Notice("ID-BATCH-2", [alfred]),
            Notice("ID-BATCH-3", [byNhs, twin]),
            Notice("ID-BATCH-4", others));

        Assert.Equal(4, batch["stored"]!.GetValue<int>());
        var first = Matches(batch, 0).Single()!;
        Assert.Equal("NEW", first["outcome"]!.GetValue<string>());
        // Alfred is the Alfie just registered (a form of the same name, the same birthday and home): one record, which learns his NHS number...
        var second = Matches(batch, 1).Single()!;
        Assert.Equal("MATCHED", second["outcome"]!.GetValue<string>());
        Assert.Equal(first["subjectId"]!.GetValue<string>(), second["subjectId"]!.GetValue<string>());
        // ...so the next notice finds him by it, at a new address.
        var third = Matches(batch, 2);
        Assert.Equal("MATCHED", third[0]!["outcome"]!.GetValue<string>());
        Assert.Equal(first["subjectId"]!.GetValue<string>(), third[0]!["subjectId"]!.GetValue<string>());
        Assert.Contains(third[0]!["reasons"]!.AsArray(), r => r!.GetValue<string>().Contains("NHS", StringComparison.Ordinal));
        // His twin sister shares his birthday and home and is never made one with him.
        Assert.NotEqual(first["subjectId"]!.GetValue<string>(), third[1]!["subjectId"]!.GetValue<string>());
        Assert.NotEqual("MATCHED", third[1]!["outcome"]!.GetValue<string>());
        Assert.All(Matches(batch, 3), m => Assert.Equal("NEW", m!["outcome"]!.GetValue<string>()));
        Assert.Equal(before + 2 + others.Length, await SubjectCountAsync());

        // What the batch taught the record was kept: his NHS number and both homes.
        var record = await _host.ScopedAsync(async sp =>
        {
            var id = Guid.Parse(first["subjectId"]!.GetValue<string>());
            var registry = sp.GetRequiredService<SubjectRegistry>();
            var homes = await sp.GetRequiredService<PlatformDbContext>().HouseholdAddresses.CountAsync(h => h.SubjectId == id);
            return (Identity: await registry.PersonIdentityAsync(id, CancellationToken.None), Homes: homes);
        });
        Assert.Equal(nhs, record.Identity.NhsNumber);
        Assert.Equal(2, record.Homes);
        // One audit record for each registration.
        var alfieId = first["subjectId"]!.GetValue<string>();
        var audited = await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog
            .CountAsync(a => a.Action == "subject.registered" && a.SubjectId == alfieId));
        Assert.Equal(3, audited);
    }
}
