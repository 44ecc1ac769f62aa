using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.Platform;
using Safeguarding.Host.Platform.Registry;
using Safeguarding.SharedKernel.Subjects;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.SubscriberModule;

namespace Safeguarding.Tests.Integration.Registry;

/// <summary>
/// One child, one record: registering answers MATCHED, NEW or NEEDS_REVIEW; the review queue merges, keeps apart and
/// separates; a practitioner finds a child by NHS number, UPN or name with date of birth. nina.neglect is in the Neglect
/// working group, dana.domesticabuse in Domestic Abuse, adam.adolescents in Adolescents.
/// </summary>
public sealed class IdentityRegistryTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private const string Register = """
        mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id outcome score reasons subject { id } possibleDuplicateOf { id } reviewId } }
        """;
    private const string Queue = """
        query($s: DuplicateStatus) { possibleDuplicates(status: $s) { totalCount nodes { id subject { id } candidate { id } score reasons subjectModules candidateModules status mergeId decidedBy decisionReason } } }
        """;
    private const string Confirm = "mutation($r: ID!, $why: String!) { confirmSameChild(review: $r, reason: $why) { id survivorId absorbedId stands survivor { id } } }";
    private const string KeepApart = "mutation($r: ID!, $why: String!) { keepChildrenApart(review: $r, reason: $why) { id status decidedBy } }";
    private const string Separate = "mutation($m: ID!, $why: String!) { separateChildren(merge: $m, reason: $why) { id stands separatedBy separationReason } }";
    private const string View = """
        query($s: ID!) { subjectView(subjectId: $s, purpose: "Strategy discussion") { subject { id neglect { id } domesticAbuse { hospitalAlert { reason } } } } }
        """;
    private const string Find = """
        query($nhs: String, $upn: String, $given: String, $family: String, $dob: DateOnly, $why: String!) {
          findSubjects(nhsNumber: $nhs, uniquePupilNumber: $upn, givenNames: $given, familyName: $family, dateOfBirth: $dob, purpose: $why) {
            id score reasons modules name dateOfBirth } }
        """;

    private const string NhsNumber = "9434765919";
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    private async Task<JsonNode> RegisterAsync(string user, object input) =>
        (await _host.As(user).SendAsync(Register, new { i = input })).AssertOk().Data!["registerSubject"]!;

    private static string Outcome(JsonNode registration) => registration["outcome"]!.GetValue<string>();
    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private async Task<JsonArray> QueueAsync(string user, string status = "OPEN") =>
        (await _host.As(user).SendAsync(Queue, new { s = status })).AssertOk().Data!["possibleDuplicates"]!["nodes"]!.AsArray();

    private async Task<JsonNode> ViewAsync(string user, string subject) =>
        (await _host.As(user).SendAsync(View, new { s = subject })).AssertOk().Data!["subjectView"]!["subject"]!;

    /// <summary>A record no group of the user's holds and they have no relationship with is not found by them.</summary>
    private async Task NotFoundAsync(string user, string subject) => (await _host.As(user).SendAsync(View, new { s = subject })).AssertError("NOT_FOUND");

    private Task<List<AuditRecord>> AuditAsync(string action) =>
        _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking().Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync());

    private Task<int> SubjectCountAsync() => _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Subjects.CountAsync());

    private async Task StartAssessmentAsync(string subject) =>
        (await _host.As("nina.neglect").SendAsync("mutation($i: StartNeglectAssessmentInput!) { startNeglectAssessment(input: $i) { id } }",
            new { i = new { subjectId = subject, templateVersion = 1, observedOn = Today } })).AssertOk();

    private async Task RaiseAlertAsync(string subject) =>
        (await _host.As("dana.domesticabuse").SendAsync("mutation($s: ID!) { raiseHospitalAlert(subjectId: $s, reason: \"Risk at home\") { reason } }", new { s = subject })).AssertOk();

    /// <summary>Registers a child in Neglect and, as a different spelling with no NHS number, in Domestic Abuse: one question on the queue.</summary>
    private async Task<(string Neglect, string DomesticAbuse, string Review)> PossibleDuplicatePairAsync()
    {
        var first = await RegisterAsync("nina.neglect", new { module = "Neglect", givenNames = "Alfie", familyName = "Pennywhistle", dateOfBirth = "2016-04-12" });
        Assert.Equal("NEW", Outcome(first));
        var second = await RegisterAsync("dana.domesticabuse", new { module = "DomesticAbuse", givenNames = "Alfie", familyName = "Pennywhistle", dateOfBirth = "2016-04-12" });
        Assert.Equal("NEEDS_REVIEW", Outcome(second));
        Assert.NotEqual(Id(first), Id(second));
        Assert.Equal(Id(first), Id(second["possibleDuplicateOf"]!));
        Assert.NotEmpty(second["reasons"]!.AsArray());
        return (Id(first), Id(second), second["reviewId"]!.GetValue<string>());
    }

    /// <summary>The review queue is a cursor connection: walked a page at a time to its end, every question once, none cut.</summary>
    [Fact]
    public async Task The_review_queue_is_walked_a_page_at_a_time_to_its_end()
    {
        var raised = new List<string>();
        foreach (var (given, family, born) in new[] { ("Tamsin", "Polglaze", "2015-01-02"), ("Jory", "Trevaskis", "2014-03-04"), ("Morwenna", "Chenoweth", "2013-05-06") })
        {
            await RegisterAsync("nina.neglect", new { module = "Neglect", givenNames = given, familyName = family, dateOfBirth = born });
            var second = await RegisterAsync("dana.domesticabuse", new { module = "DomesticAbuse", givenNames = given, familyName = family, dateOfBirth = born });
            Assert.Equal("NEEDS_REVIEW", Outcome(second));
            raised.Add(second["reviewId"]!.GetValue<string>());
        }

        const string Page = """
            query($after: String) { possibleDuplicates(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }
            """;
        var walked = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await _host.As("nina.neglect").SendAsync(Page, new { after })).AssertOk().Data!["possibleDuplicates"]!;
            Assert.Equal(3, page["totalCount"]!.GetValue<int>());
            var nodes = page["nodes"]!.AsArray();
            Assert.True(nodes.Count <= 2);
            walked.AddRange(nodes.Select(n => Id(n!)));
            pages++;
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        Assert.Equal(2, pages);
        Assert.Equal(raised, walked); // oldest first, each once
        // Another working group's practitioner, who holds neither record, sees none of them.
        Assert.Equal(0, (await _host.As("adam.adolescents").SendAsync(Page, new { after = (string?)null })).AssertOk().Data!["possibleDuplicates"]!["totalCount"]!.GetValue<int>());
    }

    /// <summary>
    /// A name shared by more people than a registration compares (a common name in a large city): the key of the name alone
    /// is read only as far as <see cref="SubjectRegistry.MaxCandidateRecords"/>, and the person is still found through the
    /// narrower keys (name with date of birth). The person sought is the one the crowded key's read leaves out.
    /// </summary>
    [Fact]
    public async Task A_name_shared_by_more_people_than_a_registration_compares_still_finds_the_person_by_the_narrower_keys()
    {
        var crowd = SubjectRegistry.MaxCandidateRecords + 5;
        var people = Enumerable.Range(0, crowd).Select(n => new PersonIdentity("Oliver", "Quillfeather", new DateOnly(2004, 1, 1).AddDays(n * 17))).ToList();
        var registered = await _host.ScopedAsync(sp => sp.GetRequiredService<ISubjectRegistry>().RegisterPeopleAsync(people, "Neglect", "nina.neglect"));
        var dateOfBirth = registered.Select((r, n) => (r.Id, people[n].DateOfBirth!.Value)).ToDictionary(x => x.Id, x => x.Value);
        Assert.Equal(crowd, dateOfBirth.Count); // each a record of their own

        // The key every one of them holds (the name alone) is crowded: more records under it than a registration reads.
        var ids = dateOfBirth.Keys.ToList();
        var largestBlock = await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().SubjectKeyHashes.Where(k => ids.Contains(k.SubjectId))
            .GroupBy(k => k.KeyHash).Select(g => g.Count()).MaxAsync());
        Assert.Equal(crowd, largestBlock);
        // The one sought is the last in the database's order, so the crowded key's first 200 leave them out.
        var sought = await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Subjects.Where(s => ids.Contains(s.Id))
            .OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync());

        var again = await RegisterAsync("dana.domesticabuse", new
        {
            module = "DomesticAbuse", givenNames = "Oliver", familyName = "Quillfeather", dateOfBirth = dateOfBirth[sought].ToString("yyyy-MM-dd"),
        });
        Assert.Equal("NEEDS_REVIEW", Outcome(again)); // names and a date of birth alone: a practitioner decides
        Assert.Equal(sought.ToString(), Id(again["possibleDuplicateOf"]!));
    }

    [Fact]
    public async Task The_same_NHS_number_is_the_same_child_one_record_enrolled_in_both_modules()
    {
        var before = await SubjectCountAsync();
        var first = await RegisterAsync("nina.neglect", new { module = "Neglect", name = "Jasmine Okonkwo-Price", dateOfBirth = "2017-09-30", nhsNumber = "943 476 5919" });
        Assert.Equal("NEW", Outcome(first));
        var second = await RegisterAsync("dana.domesticabuse", new
        {
            module = "DomesticAbuse", givenNames = "Jasmine", familyName = "Okonkwo-Price", dateOfBirth = "2017-09-30", nhsNumber = NhsNumber, sex = "FEMALE",
            addresses = new[] { new { line = "4 Harbour View", postcode = "PL1 2AB" } },
        });
        Assert.Equal("MATCHED", Outcome(second));
        Assert.Equal(Id(first), Id(second));
        Assert.Equal(Id(first), Id(second["subject"]!));
        Assert.Contains(second["reasons"]!.AsArray(), r => r!.GetValue<string>().Contains("NHS", StringComparison.Ordinal));
        Assert.Equal(before + 1, await SubjectCountAsync());

        // Enrolled in both: each module's working group may now see who the child is.
        var modules = await _host.ScopedAsync(sp => sp.GetRequiredService<ISubjectRegistry>().ModulesHoldingAsync(new SubjectId(Guid.Parse(Id(first)))));
        Assert.Equal(["DomesticAbuse", "Neglect"], modules);
        var identity = (await _host.As("dana.domesticabuse").SendAsync("query($s: ID!) { subject(id: $s) { identity(purpose: \"Checking the notice\") { name nhsNumber } } }", new { s = Id(first) }))
            .AssertOk().Data!["subject"]!["identity"]!;
        Assert.Equal("Jasmine Okonkwo-Price", identity["name"]!.GetValue<string>());

        var registered = (await AuditAsync("subject.registered")).Where(a => a.SubjectId == Id(first)).ToList();
        Assert.Equal(2, registered.Count);
        Assert.StartsWith("Matched", registered[1].Detail);
        Assert.Equal("DomesticAbuse", registered[1].Module);
    }

    [Fact]
    public async Task Twins_with_the_same_birthday_and_address_are_never_matched_automatically()
    {
        var home = new[] { new { line = "12 Tamar Street", postcode = "PL4 6QT" } };
        var amelia = await RegisterAsync("nina.neglect", new { module = "Neglect", givenNames = "Amelia", familyName = "Trelawny", dateOfBirth = "2018-01-15", sex = "FEMALE", addresses = home });
        var olivia = await RegisterAsync("nina.neglect", new { module = "Neglect", givenNames = "Olivia", familyName = "Trelawny", dateOfBirth = "2018-01-15", sex = "FEMALE", addresses = home });
        Assert.NotEqual("MATCHED", Outcome(olivia));
        Assert.NotEqual(Id(amelia), Id(olivia));
    }

    [Fact]
    public async Task A_nickname_with_the_same_birthday_and_postcode_is_decided_by_the_matcher_and_never_lost()
    {
        var home = new[] { new { line = "7 Plym Road", postcode = "PL7 1AA" } };
        var alfred = await RegisterAsync("nina.neglect", new { module = "Neglect", givenNames = "Alfred", familyName = "Quinlan", dateOfBirth = "2015-06-02", sex = "MALE", addresses = home });
        var alfie = await RegisterAsync("dana.domesticabuse", new { module = "DomesticAbuse", givenNames = "Alfie", familyName = "Quinlan", dateOfBirth = "2015-06-02", sex = "MALE", addresses = home });
        Assert.Contains(Outcome(alfie), new[] { "MATCHED", "NEEDS_REVIEW" });
        if (Outcome(alfie) == "MATCHED") Assert.Equal(Id(alfred), Id(alfie));
        else Assert.Contains(await QueueAsync("nina.neglect"), r => Id(r!["candidate"]!) == Id(alfred) && Id(r["subject"]!) == Id(alfie));
    }

    [Fact]
    public async Task The_same_name_and_birthday_without_an_NHS_number_goes_to_review_never_silently_matched()
    {
        var (neglect, domesticAbuse, review) = await PossibleDuplicatePairAsync();
        var asNina = Assert.Single(await QueueAsync("nina.neglect"), r => Id(r!) == review)!;
        Assert.Equal(domesticAbuse, Id(asNina["subject"]!));
        Assert.Equal(neglect, Id(asNina["candidate"]!));
        Assert.Equal(["DomesticAbuse"], asNina["subjectModules"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(["Neglect"], asNina["candidateModules"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Contains(await QueueAsync("dana.domesticabuse"), r => Id(r!) == review);
        Assert.DoesNotContain(await QueueAsync("adam.adolescents"), r => Id(r!) == review); // holds nothing on either
        (await _host.As("sam.scrutineer").SendAsync(Queue, new { s = "OPEN" })).AssertError("FORBIDDEN");
        // The identity of the other side only for those entitled to it: to anyone else that child is not found, and the refusal is audited.
        (await _host.As("dana.domesticabuse").SendAsync("query($s: ID!) { subject(id: $s) { identity(purpose: \"Deciding a possible duplicate\") { name } } }", new { s = neglect }))
            .AssertError("NOT_FOUND");
    }

    [Fact]
    public async Task Confirming_the_same_child_shows_both_modules_parts_under_either_id_and_separating_restores_both()
    {
        var (neglect, domesticAbuse, review) = await PossibleDuplicatePairAsync();
        await StartAssessmentAsync(neglect);
        await RaiseAlertAsync(domesticAbuse);
        // Each practitioner has a relationship with the record they registered, not with the other one, which is not found by them.
        await NotFoundAsync("nina.neglect", domesticAbuse);
        await NotFoundAsync("dana.domesticabuse", neglect);

        (await _host.As("adam.adolescents").SendAsync(Confirm, new { r = review, why = "Same school and GP" })).AssertError("FORBIDDEN");
        (await _host.As("nina.neglect").SendAsync(Confirm, new { r = review, why = "" })).AssertError("VALIDATION");
        var merge = (await _host.As("nina.neglect").SendAsync(Confirm, new { r = review, why = "Same school and GP confirmed by phone" })).AssertOk().Data!["confirmSameChild"]!;
        Assert.Equal(neglect, merge["survivorId"]!.GetValue<string>()); // the earlier record stands for the child
        Assert.Equal(domesticAbuse, merge["absorbedId"]!.GetValue<string>());
        Assert.True(merge["stands"]!.GetValue<bool>());
        (await _host.As("nina.neglect").SendAsync(Confirm, new { r = review, why = "Same school and GP confirmed by phone" })).AssertError("CONFLICT");

        // Either id shows the parts held under both.
        foreach (var id in new[] { neglect, domesticAbuse })
        {
            Assert.Single((await ViewAsync("nina.neglect", id))["neglect"]!.AsArray());
            Assert.Equal("Risk at home", (await ViewAsync("dana.domesticabuse", id))["domesticAbuse"]!["hospitalAlert"]!["reason"]!.GetValue<string>());
        }
        var ids = await _host.ScopedAsync(sp => sp.GetRequiredService<ISubjectRegistry>().IdsOfPersonAsync(new SubjectId(Guid.Parse(domesticAbuse))));
        Assert.Equal([neglect, domesticAbuse], ids.Select(i => i.ToString()));
        // Dana may now see who the child is: her module holds data on them.
        (await _host.As("dana.domesticabuse").SendAsync("query($s: ID!) { subject(id: $s) { identity(purpose: \"Preparing the MARAC\") { name } } }", new { s = neglect })).AssertOk();
        var merged = Assert.Single(await AuditAsync("subject.merged"));
        Assert.Equal(("nina.neglect", neglect, "Same school and GP confirmed by phone"), (merged.Actor, merged.SubjectId, merged.Purpose));
        Assert.Empty(await QueueAsync("nina.neglect"));
        Assert.Single(await QueueAsync("nina.neglect", "MERGED"));

        var separated = (await _host.As("dana.domesticabuse").SendAsync(Separate, new { m = Id(merge), why = "Different children: the GP confirmed two records" }))
            .AssertOk().Data!["separateChildren"]!;
        Assert.False(separated["stands"]!.GetValue<bool>());
        await NotFoundAsync("nina.neglect", domesticAbuse);
        Assert.Single((await ViewAsync("nina.neglect", neglect))["neglect"]!.AsArray());
        await NotFoundAsync("dana.domesticabuse", neglect);
        Assert.NotNull((await ViewAsync("dana.domesticabuse", domesticAbuse))["domesticAbuse"]!["hospitalAlert"]);
        (await _host.As("dana.domesticabuse").SendAsync("query($s: ID!) { subject(id: $s) { identity(purpose: \"Preparing the MARAC\") { name } } }", new { s = neglect })).AssertError("NOT_FOUND");
        (await _host.As("dana.domesticabuse").SendAsync(Separate, new { m = Id(merge), why = "Different children again" })).AssertError("CONFLICT");
        Assert.Single(await AuditAsync("subject.separated"));
        Assert.Equal("SEPARATED", Assert.Single(await QueueAsync("nina.neglect", "SEPARATED"))!["status"]!.GetValue<string>());
    }

    /// <summary>A merge and its separation are integration events of the registry's: stored with the decision, relayed like a module's, received once each.</summary>
    [Fact]
    public async Task A_merge_and_its_separation_are_published_once_each_with_the_decision_and_nothing_for_a_refused_one()
    {
        var (neglect, domesticAbuse, review) = await PossibleDuplicatePairAsync();
        Task<List<string>> ReceivedAsync() => _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Received.AsNoTracking()
            .Where(r => r.ActionId == Guid.Parse(domesticAbuse)).OrderBy(r => r.Id).Select(r => r.Kind).ToListAsync());
        Task<int> OutboxAsync() => _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Outbox.CountAsync());
        var before = await OutboxAsync();

        (await _host.As("nina.neglect").SendAsync(Confirm, new { r = review, why = "" })).AssertError("VALIDATION");
        Assert.Equal(before, await OutboxAsync()); // a refused decision publishes nothing

        var merge = (await _host.As("nina.neglect").SendAsync(Confirm, new { r = review, why = "Same school and GP confirmed by phone" })).AssertOk().Data!["confirmSameChild"]!;
        await PartnershipHost.EventuallyAsync("the merge to reach the subscriber (kinds received)", ReceivedAsync, kinds => kinds.Count > 0);
        var stored = await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Outbox.AsNoTracking().OrderBy(m => m.Sequence).ToListAsync());
        var merged = Assert.Single(stored.Skip(before));
        Assert.Equal(typeof(SubjectsMerged).FullName, merged.EventType);
        Assert.Contains(Id(merge), merged.Payload);
        Assert.Contains(neglect, merged.Payload);

        (await _host.As("dana.domesticabuse").SendAsync(Separate, new { m = Id(merge), why = "Different children: the GP confirmed two records" })).AssertOk();
        await PartnershipHost.EventuallyAsync("the separation to reach the subscriber (kinds received)", ReceivedAsync, kinds => kinds.Count > 1);
        await _host.AssertEventsDeliveredAsync();
        Assert.Equal([nameof(SubjectsMerged), nameof(SubjectsSeparated)], await ReceivedAsync());
        Assert.Equal(before + 2, await OutboxAsync());
        Assert.False(await _host.ScopedAsync(sp => sp.GetRequiredService<PlatformDbContext>().Outbox.AnyAsync(m => m.DispatchedAt == null)));
    }

    [Fact]
    public async Task Keeping_children_apart_takes_them_off_the_queue_for_good()
    {
        var (neglect, domesticAbuse, review) = await PossibleDuplicatePairAsync();
        var kept = (await _host.As("dana.domesticabuse").SendAsync(KeepApart, new { r = review, why = "Cousins with the same name" })).AssertOk().Data!["keepChildrenApart"]!;
        Assert.Equal("KEPT_APART", kept["status"]!.GetValue<string>());
        Assert.Empty(await QueueAsync("nina.neglect"));
        (await _host.As("nina.neglect").SendAsync(Confirm, new { r = review, why = "Changed my mind" })).AssertError("CONFLICT");
        Assert.Single(await AuditAsync("subject.kept-apart"));
        var ids = await _host.ScopedAsync(sp => sp.GetRequiredService<ISubjectRegistry>().IdsOfPersonAsync(new SubjectId(Guid.Parse(neglect))));
        Assert.Equal([neglect], ids.Select(i => i.ToString()));

        // Registered again, the child is asked about as a new record, but the pair decided stays off the queue.
        await RegisterAsync("adam.adolescents", new { module = "Adolescents", givenNames = "Alfie", familyName = "Pennywhistle", dateOfBirth = "2016-04-12" });
        Assert.DoesNotContain(await QueueAsync("nina.neglect"), r =>
            new[] { Id(r!["subject"]!), Id(r["candidate"]!) }.Order().SequenceEqual(new[] { neglect, domesticAbuse }.Order()));
    }

    [Fact]
    public async Task A_practitioner_finds_a_child_by_NHS_number_UPN_or_name_and_birthday_and_every_search_is_audited()
    {
        var upn = UniquePupilNumber.CheckLetter("201345678901") + "201345678901";
        var child = Id(await RegisterAsync("nina.neglect", new
        {
            module = "Neglect", givenNames = "Margaret", familyName = "Polglase", dateOfBirth = "2014-11-03", nhsNumber = NhsNumber, uniquePupilNumber = upn,
            addresses = new[] { new { line = "3 Looe Street", postcode = "PL4 0EA" } },
        }));

        var byNhs = Assert.Single((await _host.As("nina.neglect").SendAsync(Find, new { nhs = "943 476 5919", why = "Checking before a strategy meeting" })).AssertOk().Data!["findSubjects"]!.AsArray())!;
        Assert.Equal((child, "Margaret Polglase", "2014-11-03"), (Id(byNhs), byNhs["name"]!.GetValue<string>(), byNhs["dateOfBirth"]!.GetValue<string>()));
        Assert.Equal(["Neglect"], byNhs["modules"]!.AsArray().Select(m => m!.GetValue<string>()));

        var byUpn = (await _host.As("nina.neglect").SendAsync(Find, new { upn, why = "Checking before a strategy meeting" })).AssertOk().Data!["findSubjects"]!.AsArray();
        Assert.Equal(child, Id(byUpn[0]!));

        var byName = (await _host.As("nina.neglect").SendAsync(Find, new { given = "Peggy", family = "Polglaze", dob = "2014-11-03", why = "Checking before a strategy meeting" }))
            .AssertOk().Data!["findSubjects"]!.AsArray();
        Assert.Equal(child, Id(byName[0]!));
        Assert.NotEmpty(byName[0]!["reasons"]!.AsArray());

        // Someone whose group holds nothing on the child finds the record, not who the child is.
        var asAdam = Assert.Single((await _host.As("adam.adolescents").SendAsync(Find, new { nhs = NhsNumber, why = "Checking a missing episode" })).AssertOk().Data!["findSubjects"]!.AsArray())!;
        Assert.Equal(child, Id(asAdam));
        Assert.Null(asAdam["name"]);
        Assert.Null(asAdam["dateOfBirth"]);
        Assert.Empty(asAdam["reasons"]!.AsArray());
        Assert.Equal(["Neglect"], asAdam["modules"]!.AsArray().Select(m => m!.GetValue<string>()));

        var searches = await AuditAsync("subject.searched");
        Assert.Equal(4, searches.Count);
        Assert.All(searches, s => Assert.DoesNotContain(NhsNumber, s.Detail));
        Assert.Equal(("nina.neglect", "Checking before a strategy meeting"), (searches[0].Actor, searches[0].Purpose));
        Assert.Equal("By NHS number: 1 found, 1 shown by name", searches[0].Detail);
        Assert.Equal("By NHS number: 1 found, 0 shown by name", searches[3].Detail);
        var reads = (await AuditAsync("identity.read")).Where(a => a.Field == "findSubjects" && a.SubjectId == child).ToList();
        Assert.Equal(3, reads.Count);
        Assert.All(reads, r => Assert.Equal(("nina.neglect", "Neglect", "Checking before a strategy meeting", true), (r.Actor, r.Module, r.Purpose, r.Allowed)));
        Assert.DoesNotContain(await AuditAsync("identity.read"), r => r.Actor == "adam.adolescents");
    }

    [Fact]
    public async Task A_match_keeps_what_the_arriving_identity_adds_and_replaces_nothing()
    {
        var upn = UniquePupilNumber.CheckLetter("201345678901") + "201345678901";
        var otherUpn = UniquePupilNumber.CheckLetter("209999999901") + "209999999901";
        var child = Id(await RegisterAsync("nina.neglect", new
        {
            module = "Neglect", givenNames = "Margaret", familyName = "Polglase", dateOfBirth = "2014-11-03", nhsNumber = NhsNumber,
            addresses = new[] { new { line = "3 Looe Street", postcode = "PL4 0EA" } },
        }));

        // Domestic Abuse knows her by her mother's new family name, at the home they moved to, and her school's number.
        var moved = await RegisterAsync("dana.domesticabuse", new
        {
            module = "DomesticAbuse", givenNames = "Margaret", familyName = "Penrose", dateOfBirth = "2014-11-03", nhsNumber = NhsNumber, uniquePupilNumber = upn,
            addresses = new[] { new { line = "12 Mayflower Street", postcode = "PL1 1QJ" } },
        });
        Assert.Equal(("MATCHED", child), (Outcome(moved), Id(moved)));
        Assert.Contains("The record now also holds an address, another name, the Unique Pupil Number from this registration.",
            moved["reasons"]!.AsArray().Select(r => r!.GetValue<string>()));

        const string Identity = "query($s: ID!) { subject(id: $s) { identity(purpose: \"Checking the record after a move\") { name otherNames postcodes uniquePupilNumber } } }";
        var identity = (await _host.As("nina.neglect").SendAsync(Identity, new { s = child })).AssertOk().Data!["subject"]!["identity"]!;
        Assert.Equal("Margaret Polglase", identity["name"]!.GetValue<string>()); // the name held is not replaced
        Assert.Equal(["Margaret Penrose"], identity["otherNames"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["PL1 1QJ", "PL4 0EA"], identity["postcodes"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(upn, identity["uniquePupilNumber"]!.GetValue<string>());

        // What was learned finds her: the school's number, and the new name with her birthday.
        var byUpn = (await _host.As("nina.neglect").SendAsync(Find, new { upn, why = "Checking before a strategy meeting" })).AssertOk().Data!["findSubjects"]!.AsArray();
        Assert.Equal(child, Id(byUpn[0]!));
        var byNewName = (await _host.As("nina.neglect").SendAsync(Find, new { given = "Margaret", family = "Penrose", dob = "2014-11-03", why = "Checking before a strategy meeting" }))
            .AssertOk().Data!["findSubjects"]!.AsArray();
        Assert.Equal(child, Id(byNewName[0]!));

        // A later registration with another UPN and no new facts changes nothing: a value held is never replaced.
        var again = await RegisterAsync("adam.adolescents", new
        {
            module = "Adolescents", givenNames = "Margaret", familyName = "Polglase", dateOfBirth = "2014-11-03", nhsNumber = NhsNumber, uniquePupilNumber = otherUpn,
            addresses = new[] { new { line = "12 Mayflower St", postcode = "pl1 1qj" } },
        });
        Assert.Equal(("MATCHED", child), (Outcome(again), Id(again)));
        Assert.DoesNotContain(again["reasons"]!.AsArray(), r => r!.GetValue<string>().StartsWith("The record now also holds", StringComparison.Ordinal));
        identity = (await _host.As("nina.neglect").SendAsync(Identity, new { s = child })).AssertOk().Data!["subject"]!["identity"]!;
        Assert.Equal(upn, identity["uniquePupilNumber"]!.GetValue<string>());
        Assert.Equal(2, identity["postcodes"]!.AsArray().Count);

        // The audit log says what kind of thing was added, never the thing.
        var registered = (await AuditAsync("subject.registered")).Where(a => a.SubjectId == child).Select(a => a.Detail!).ToList();
        Assert.Contains(registered, d => d.Contains("; added an address, another name, the Unique Pupil Number", StringComparison.Ordinal));
        Assert.All(registered, d => Assert.DoesNotContain("Penrose", d));
        Assert.All(registered, d => Assert.DoesNotContain("PL1", d));
    }

    [Fact]
    public async Task Searching_needs_a_purpose_a_practitioner_and_enough_to_go_on()
    {
        (await _host.As("nina.neglect").SendAsync(Find, new { nhs = NhsNumber, why = " " })).AssertError("VALIDATION");
        (await _host.As("nina.neglect").SendAsync(Find, new { family = "Smith", why = "Checking a referral" })).AssertError("VALIDATION");
        (await _host.As("nina.neglect").SendAsync(Find, new { nhs = "1234567890", why = "Checking a referral" })).AssertError("VALIDATION");
        (await _host.As("sam.scrutineer").SendAsync(Find, new { nhs = NhsNumber, why = "Checking a referral" })).AssertError("FORBIDDEN");
        (await _host.As("alex.admin").SendAsync(Find, new { nhs = NhsNumber, why = "Checking a referral" })).AssertError("FORBIDDEN");
        Assert.Empty(await AuditAsync("subject.searched"));
    }

    [Fact]
    public async Task Registration_checks_names_and_identifiers_field_by_field_and_writes_nothing_when_refused()
    {
        var response = (await _host.As("nina.neglect").SendAsync(Register, new
        {
            i = new
            {
                module = "Neglect", givenNames = "Ann", dateOfBirth = "2015-01-01", nhsNumber = "9434765918", uniquePupilNumber = "B123456789012",
                addresses = new[] { new { line = "1 High Street", postcode = " " } },
            },
        })).AssertError("VALIDATION");
        var fields = response.Errors![0]!["extensions"]!["problems"]!.AsArray().Select(p => p!["field"]!.GetValue<string>()).ToList();
        Assert.Equal(["familyName", "nhsNumber", "uniquePupilNumber", "addresses[0].postcode"], fields);
        (await _host.As("nina.neglect").SendAsync(Register, new { i = new { module = "Neglect", dateOfBirth = "2015-01-01" } })).AssertError("VALIDATION");
        (await _host.As("nina.neglect").SendAsync(Register, new { i = new { module = "Neglect", name = "Ann Lee", givenNames = "Ann", familyName = "Lee", dateOfBirth = "2015-01-01" } }))
            .AssertError("VALIDATION");
    }

    [Fact]
    public async Task Identities_and_blocking_keys_are_not_readable_at_rest_and_records_from_before_are_read_and_found()
    {
        var child = Id(await RegisterAsync("nina.neglect", new { module = "Neglect", givenNames = "Zebedee", familyName = "Unusualname", dateOfBirth = "2016-02-03", nhsNumber = NhsNumber }));
        await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var hashes = await db.SubjectKeyHashes.AsNoTracking().Where(k => k.SubjectId == Guid.Parse(child)).Select(k => k.KeyHash).ToListAsync();
            Assert.NotEmpty(hashes);
            Assert.All(hashes, h => Assert.DoesNotContain(NhsNumber, h));
            Assert.All(hashes, h => Assert.Equal(44, h.Length)); // base64 of an HMAC-SHA256
            var secret = await db.RegistrySecrets.AsNoTracking().SingleAsync();
            Assert.Equal(BlockingKeyHasher.SecretName, secret.Name);
            Assert.True(secret.ProtectedValue.Length > 100, "the key is stored encrypted, not as 44 characters of base64");
            return 0;
        });

        // A record written before the registry held whole people: a name as one text under the first protection.
        var old = Guid.NewGuid();
        await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var protector = sp.GetRequiredService<IDataProtectionProvider>().CreateProtector("Safeguarding.Subjects.Identity.v1");
            db.Subjects.Add(new SubjectRecord
            {
                Id = old, IdentityVersion = ProtectedIdentities.FirstVersion, RegisteredAt = DateTimeOffset.UtcNow.AddYears(-1), RegisteredBy = "nina.neglect",
                ProtectedIdentity = protector.Protect(System.Text.Json.JsonSerializer.Serialize(new SubjectIdentity("Mary Jane Trevithick", new DateOnly(2013, 5, 6), null))),
            });
            db.Enrolments.Add(new SubjectEnrolment { SubjectId = old, Module = "Neglect", EnrolledAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            return await sp.GetRequiredService<SubjectRegistry>().IndexUnhashedAsync(CancellationToken.None);
        });
        // Recorded before practitioners were allocated to children: a manager allocates one.
        await _host.AllocateAsync(old.ToString(), "nina.neglect");
        var identity = (await _host.As("nina.neglect").SendAsync("query($s: ID!) { subject(id: $s) { identity(purpose: \"Checking an old record\") { name dateOfBirth } } }", new { s = old }))
            .AssertOk().Data!["subject"]!["identity"]!;
        Assert.Equal("Mary Jane Trevithick", identity["name"]!.GetValue<string>());
        var person = await _host.ScopedAsync(sp => sp.GetRequiredService<SubjectRegistry>().PersonIdentityAsync(old, CancellationToken.None));
        Assert.Equal(("Mary Jane", "Trevithick"), (person.GivenNames, person.FamilyName));
        var found = (await _host.As("nina.neglect").SendAsync(Find, new { given = "Mary", family = "Trevithick", dob = "2013-05-06", why = "Checking an old record" }))
            .AssertOk().Data!["findSubjects"]!.AsArray();
        Assert.Equal(old.ToString(), Id(found[0]!));
    }

    [Fact]
    public async Task The_same_child_registered_by_several_practitioners_at_once_is_one_record()
    {
        var before = await SubjectCountAsync();
        var child = new { module = "Neglect", givenNames = "Wren", familyName = "Halloway", dateOfBirth = "2017-09-03", nhsNumber = "4010232137" };
        var registrations = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => RegisterAsync("nina.neglect", child)));
        Assert.Single(registrations, r => Outcome(r) == "NEW");
        Assert.All(registrations, r => Assert.Equal(Id(registrations.Single(n => Outcome(n) == "NEW")), Id(r)));
        Assert.Equal(before + 1, await SubjectCountAsync());
    }

    [Fact]
    public async Task An_NHS_number_on_a_different_child_goes_to_review_and_tells_nothing_of_the_child_held()
    {
        var held = await RegisterAsync("nina.neglect", new { module = "Neglect", givenNames = "Ottoline", familyName = "Quarrington", dateOfBirth = "2012-02-29", nhsNumber = NhsNumber });
        var other = await RegisterAsync("dana.domesticabuse", new { module = "DomesticAbuse", givenNames = "Bram", familyName = "Eastwick", dateOfBirth = "2016-07-14", nhsNumber = NhsNumber });
        Assert.Equal("NEEDS_REVIEW", Outcome(other));
        Assert.Equal(Id(held), Id(other["possibleDuplicateOf"]!));
        var reasons = other["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Contains(reasons, r => r.Contains("mistyped number", StringComparison.Ordinal));
        Assert.DoesNotContain(reasons, r => r.Contains("Ottoline", StringComparison.Ordinal) || r.Contains("Quarrington", StringComparison.Ordinal) || r.Contains("2012", StringComparison.Ordinal));
    }
}
