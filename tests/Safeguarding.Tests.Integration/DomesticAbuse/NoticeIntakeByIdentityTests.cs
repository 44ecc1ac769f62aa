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
        var queue = (await _host.As("nina.neglect").SendAsync("{ possibleDuplicates { id subject { id } } }")).AssertOk().Data!["possibleDuplicates"]!.AsArray();
        Assert.Contains(queue, q => q!["id"]!.GetValue<string>() == unsure["reviewId"]!.GetValue<string>() && q["subject"]!["id"]!.GetValue<string>() == unsure["subjectId"]!.GetValue<string>());
    }
}
