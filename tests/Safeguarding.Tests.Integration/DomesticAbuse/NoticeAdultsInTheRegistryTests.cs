using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.DomesticAbuse.Notices;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.Host.Platform;
using Safeguarding.SharedKernel.Auditing;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.DomesticAbuse;

/// <summary>
/// The adults a notice names are held by the partnership's registry, encrypted, like children: Domestic Abuse keeps the
/// police's reference and the registry id; its working group reads who an adult is with a stated purpose, audited.
/// Names recorded in plain text before are moved into the registry.
/// </summary>
public sealed class NoticeAdultsInTheRegistryTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private GraphQLClient Dana => _host.As("dana.domesticabuse");
    private const string RecordOne = """
        mutation($i: ProtectionNoticeInput!) { recordProtectionNotice(input: $i) { outcome noticeId adultMatches { field subjectId outcome } problems { field } } }
        """;
    private const string Adults = """
        query($id: ID!) { protectionNotice(id: $id) { adults { role personReference person { id identity(purpose: "Preparing the MARAC") { name dateOfBirth } } } } }
        """;

    private async Task<string> ChildAsync() =>
        (await Dana.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }", new { i = new { module = "DomesticAbuse", name = "Example Child", dateOfBirth = "2016-02-03" } }))
        .AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();

    private static object Notice(string reference, string child, params object[] adults) => new
    {
        policeReference = reference, incidentAt = DateTimeOffset.UtcNow.AddHours(-5).ToString("O"), locationArea = "Stonehouse", children = new[] { child }, adults,
    };

    private Task<List<DomesticAbuseAdult>> HeldAdultsAsync() =>
        _host.ScopedAsync(sp => sp.GetRequiredService<DomesticAbuseDbContext>().Adults.AsNoTracking().OrderBy(a => a.PersonReference).ToListAsync());

    [Fact]
    public async Task A_named_adult_is_registered_once_and_the_module_keeps_only_the_reference_and_the_registry_id()
    {
        var child = await ChildAsync();
        var first = (await Dana.SendAsync(RecordOne, new { i = Notice("PPN-ADULT-1", child,
            new { role = "VICTIM", personReference = "pnc/77/a", name = "Lowenna Tregear", dateOfBirth = "1991-03-08" },
            new { role = "PERSON_CAUSING_HARM", personReference = "PNC/77/B" }) })).AssertOk().Data!["recordProtectionNotice"]!;
        Assert.Equal("STORED", first["outcome"]!.GetValue<string>());
        var match = Assert.Single(first["adultMatches"]!.AsArray())!;
        Assert.Equal(("adults[0]", "NEW"), (match["field"]!.GetValue<string>(), match["outcome"]!.GetValue<string>()));
        var person = match["subjectId"]!.GetValue<string>();

        var held = await HeldAdultsAsync();
        Assert.Equal(["PNC/77/A", "PNC/77/B"], held.Select(a => a.PersonReference));
        Assert.Equal(Guid.Parse(person), held[0].SubjectId);
        Assert.All(held, a => Assert.Null(a.Name));
        Assert.All(held, a => Assert.Null(a.DateOfBirth));
        Assert.Null(held[1].SubjectId); // known only by reference

        var adults = (await Dana.SendAsync(Adults, new { id = first["noticeId"]!.GetValue<string>() })).AssertOk().Data!["protectionNotice"]!["adults"]!.AsArray();
        var victim = adults.Single(a => a!["role"]!.GetValue<string>() == "VICTIM")!;
        Assert.Equal(person, victim["person"]!["id"]!.GetValue<string>());
        Assert.Equal(("Lowenna Tregear", "1991-03-08"), (victim["person"]!["identity"]!["name"]!.GetValue<string>(), victim["person"]!["identity"]!["dateOfBirth"]!.GetValue<string>()));
        Assert.Null(adults.Single(a => a!["role"]!.GetValue<string>() == "PERSON_CAUSING_HARM")!["person"]);
        var read = Assert.Single(await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.Action == AuditActions.IdentityRead && a.SubjectId == person).ToListAsync()));
        Assert.Equal(("Preparing the MARAC", "DomesticAbuse"), (read.Purpose, read.Module));

        // Only the Domestic Abuse working group, which holds the adult, may see who she is; to anyone else she is not found.
        (await _host.As("nina.neglect").SendAsync("query($s: ID!) { subject(id: $s) { identity(purpose: \"Curious about the adult\") { name } } }", new { s = person }))
            .AssertError("NOT_FOUND");

        // A later notice naming her by the same reference registers nobody again.
        var second = (await Dana.SendAsync(RecordOne, new { i = Notice("PPN-ADULT-2", child,
            new { role = "VICTIM", personReference = "PNC/77/A", name = "Lowenna Tregear", dateOfBirth = "1991-03-08" }) })).AssertOk().Data!["recordProtectionNotice"]!;
        Assert.Empty(second["adultMatches"]!.AsArray());
        Assert.Equal(2, (await HeldAdultsAsync()).Count);
    }

    [Fact]
    public async Task A_named_adult_needs_a_date_of_birth_and_the_notice_is_not_stored_without_one()
    {
        var child = await ChildAsync();
        await _host.AssertRejectedAsync(_host.WholeDatabaseFingerprintAsync, "dana.domesticabuse", RecordOne,
            new { i = Notice("PPN-ADULT-3", child, new { role = "VICTIM", personReference = "PNC/77/C", name = "Lowenna Tregear" }) }, "VALIDATION", "adults[0].dateOfBirth");
    }

    [Fact]
    public async Task Names_recorded_in_plain_text_before_are_moved_into_the_registry()
    {
        await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<DomesticAbuseDbContext>();
            db.Adults.Add(new DomesticAbuseAdult { Id = Guid.NewGuid(), PersonReference = "PNC/OLD/1", Name = "Morwenna Jago", DateOfBirth = new DateOnly(1988, 12, 1) });
            db.Adults.Add(new DomesticAbuseAdult { Id = Guid.NewGuid(), PersonReference = "PNC/OLD/2", Name = "Unknown Male" });
            return await db.SaveChangesAsync();
        });

        // The host runs the same sweep on its own at start; on a busy machine that run may be the one that moves her, so
        // what is checked is the state after a run, not which run did it.
        await _host.ScopedAsync(sp => sp.GetRequiredService<AdultIdentityMove>().SweepAsync(CancellationToken.None));

        var held = await HeldAdultsAsync();
        var moved = held.Single(a => a.PersonReference == "PNC/OLD/1");
        Assert.Null(moved.Name);
        Assert.Null(moved.DateOfBirth);
        // Moved by the module, not brought in by a practitioner: a manager allocates one to the person.
        await _host.AllocateAsync(moved.SubjectId.ToString()!, "dana.domesticabuse", "DomesticAbuse");
        var identity = (await Dana.SendAsync("query($s: ID!) { subject(id: $s) { identity(purpose: \"Checking a moved record\") { name dateOfBirth } } }", new { s = moved.SubjectId }))
            .AssertOk().Data!["subject"]!["identity"]!;
        Assert.Equal(("Morwenna Jago", "1988-12-01"), (identity["name"]!.GetValue<string>(), identity["dateOfBirth"]!.GetValue<string>()));
        // Without a date of birth the registry cannot tell her from others of that name: she stays until a notice gives it.
        Assert.Equal("Unknown Male", held.Single(a => a.PersonReference == "PNC/OLD/2").Name);

        Assert.Equal(0, await _host.ScopedAsync(sp => sp.GetRequiredService<AdultIdentityMove>().SweepAsync(CancellationToken.None)));
    }
}
