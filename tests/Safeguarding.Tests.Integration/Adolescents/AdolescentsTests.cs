using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Adolescents.Contracts;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.Adolescents.ReturnHomeInterviews;
using Safeguarding.SharedKernel.Time;
using Safeguarding.Tests.Integration.Support;
using Safeguarding.Tests.Integration.SubscriberModule;

namespace Safeguarding.Tests.Integration.Adolescents;

public sealed class AdolescentsTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private GraphQLClient Adam => _host.As("adam.adolescents");

    private const string Register = "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }";
    private const string Missing = "mutation($i: RecordMissingEpisodeInput!) { recordMissingEpisode(input: $i) { id reportingAgency interviewDueBy interviewStatus } }";
    private const string Return = "mutation($i: RecordYoungPersonReturnInput!) { recordYoungPersonReturn(input: $i) { id returnedAt interviewDueBy } }";
    private const string Offer = "mutation($i: OfferReturnHomeInterviewInput!) { offerReturnHomeInterview(input: $i) { id interviewStatus interviewOfferedBy } }";
    private const string Custody = "mutation($i: RecordCustodyEpisodeInput!) { recordCustodyEpisode(input: $i) { id } }";
    private const string Concern = "mutation($i: RecordExploitationConcernInput!) { recordExploitationConcern(input: $i) { id indicators } }";
    private const string Briefing = """
        query($d: DateOnly!) { dailyIntelligenceBriefing(date: $d) { id date published responsesDueFromPreviousDay responsesDoneFromPreviousDay
          entries { id rank subjectId score reasonCodes reasons previousResponse { done response { id action } } } } }
        """;
    private const string Publish = "mutation($d: DateOnly!) { publishDailyIntelligenceBriefing(date: $d) { id published entries { id subjectId rank } } }";
    private const string Agree = "mutation($i: AgreeBriefingResponseInput!) { agreeBriefingResponse(input: $i) { id owningAgencies dueAt } }";
    private const string Context = """
        query($w: Int) { contextualSafeguarding(windowDays: $w) {
          adults { adult { id reference } youngPeople { subjectId links { source sourceId } } }
          locations { location { id name } youngPeople { subjectId links { source sourceId } } } } }
        """;
    private const string SavePlan = "mutation($i: SaveAdolescentSafetyPlanInput!) { saveAdolescentSafetyPlan(input: $i) { id reviewOn risks { description level } actions { id action ownerAgency dueOn doneOn } } }";

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;
    private static string Ago(TimeSpan span) => (Now - span).ToString("O");
    private static string Today(int days = 0) => UkTime.Today(TimeProvider.System).AddDays(days).ToString("yyyy-MM-dd");
    private static TimeSpan Hours(double h) => TimeSpan.FromHours(h);
    private static TimeSpan Days(double d) => TimeSpan.FromDays(d);

    /// <summary>
    /// <paramref name="span"/> ago, but not before today began (UK time): run in the first minutes after midnight, "a few
    /// minutes ago" would otherwise fall in yesterday's briefing.
    /// </summary>
    private static TimeSpan AgoToday(TimeSpan span)
    {
        var now = Now;
        var startOfToday = UkTime.At(UkTime.DateOf(now), TimeOnly.MinValue).AddSeconds(1);
        return now - span >= startOfToday ? span : now - startOfToday;
    }

    private async Task<string> RegisterAsync(string name = "Example Young Person")
    {
        var r = (await Adam.SendAsync(Register, new { i = new { module = "Adolescents", name, dateOfBirth = "2009-02-03" } })).AssertOk();
        return r.Data!["registerSubject"]!["id"]!.GetValue<string>();
    }

    private static string Id(GraphQLResponse r, string field) => r.AssertOk().Data![field]!["id"]!.GetValue<string>();

    private async Task<string> MissingAsync(string subject, TimeSpan wentAgo, TimeSpan? returnedAgo = null, string[]? adults = null, string[]? places = null, string? agency = null) =>
        Id(await Adam.SendAsync(Missing, new { i = new
        {
            subjectId = subject, wentMissingAt = Ago(wentAgo), returnedAt = returnedAgo is { } r ? Ago(r) : null,
            adultOfConcernIds = adults ?? [], locationIds = places ?? [], reportingAgency = agency,
        } }), "recordMissingEpisode");

    private async Task OfferAsync(string episode, TimeSpan ago) =>
        (await Adam.SendAsync(Offer, new { i = new { episodeId = episode, offeredAt = Ago(ago) } })).AssertOk();

    private async Task WaitForPartnersAsync() =>
        await PartnershipHost.EventuallyAsync("Governance's 33 partners to reach the Adolescents module (partners there)",
            () => _host.ScopedAsync(sp => sp.GetRequiredService<AdolescentsDbContext>().Partners.CountAsync()), n => n >= 33);

    private Task<int> ReceivedAsync(string kind, Guid id) =>
        _host.ScopedAsync(sp => sp.GetRequiredService<TestSubscriberDbContext>().Received.CountAsync(r => r.Kind == kind && r.ActionId == id));

    private Task<string> FingerprintAsync() => _host.ScopedAsync(async sp =>
    {
        var db = sp.GetRequiredService<AdolescentsDbContext>();
        var episodes = await db.MissingEpisodes.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Id + ":" + e.ReturnedAt + ":" + e.InterviewOfferedAt).ToListAsync();
        return string.Join("|", string.Join(",", episodes), await db.CustodyEpisodes.CountAsync(), await db.ExploitationConcerns.CountAsync(),
            await db.AdultsOfConcern.CountAsync(), await db.Locations.CountAsync(), await db.Links.CountAsync(), await db.Briefings.CountAsync(),
            await db.BriefingEntries.CountAsync(), await db.Responses.CountAsync(), await db.Responses.CountAsync(r => r.DoneAt != null),
            await db.SafetyPlans.CountAsync(), await db.SafetyPlanVersions.CountAsync(), await db.SafetyPlanRisks.CountAsync(), await db.SafetyPlanActions.CountAsync(),
            await db.SafetyPlanActions.CountAsync(a => a.DoneOn != null), await db.Outbox.CountAsync());
    });

    private Task AssertRejectedAsync(string mutation, object variables, string code, string? field = null, string user = "adam.adolescents") =>
        _host.AssertRejectedAsync(FingerprintAsync, user, mutation, variables, code, field);

    [Fact]
    public async Task Young_people_linked_to_one_adult_and_place_are_ranked_as_documented_and_surface_in_the_contextual_picture()
    {
        var adult = Id(await Adam.SendAsync("mutation($i: RecordAdultOfConcernInput!) { recordAdultOfConcern(input: $i) { id reference } }",
            new { i = new { name = "Example Adult", knownAs = "Example" } }), "recordAdultOfConcern");
        var place = Id(await Adam.SendAsync("mutation { recordAdolescentLocation(name: \"Example Park\", kind: \"park\") { id } }"), "recordAdolescentLocation");
        var (a, b, c) = (await RegisterAsync(), await RegisterAsync(), await RegisterAsync());

        // A: went missing two minutes ago and not back; three earlier episodes in 90 days, each interviewed on time -> 50 + 40 + 25 = 115.
        foreach (var days in new[] { 40, 20, 10 })
            await OfferAsync(await MissingAsync(a, Days(days), Days(days) - Hours(8)), Days(days) - Hours(30));
        var aNow = await MissingAsync(a, AgoToday(TimeSpan.FromMinutes(2)), adults: [adult], places: [place]);
        // B: in custody since three minutes ago; returned four days ago with no interview offered -> 30 + 15 = 45.
        var bCustody = Id(await Adam.SendAsync(Custody, new { i = new { subjectId = b, detainedAt = Ago(AgoToday(TimeSpan.FromMinutes(3))), adultOfConcernIds = new[] { adult }, locationIds = new[] { place } } }), "recordCustodyEpisode");
        var bMissing = await MissingAsync(b, Days(5), Days(4), adults: [adult]);
        // C: an exploitation concern today, two indicators -> 25.
        var cConcern = Id(await Adam.SendAsync(Concern, new { i = new
        {
            subjectId = c, kind = "CRIMINAL", countyLines = true, indicators = new[] { "Unexplained money", "Travelling out of area" }, reportedOn = Today(), adultOfConcernIds = new[] { adult },
        } }), "recordExploitationConcern");

        var briefing = (await Adam.SendAsync(Briefing, new { d = Today() })).AssertOk().Data!["dailyIntelligenceBriefing"]!;
        Assert.False(briefing["published"]!.GetValue<bool>());
        var ours = briefing["entries"]!.AsArray().Where(e => new[] { a, b, c }.Contains(e!["subjectId"]!.GetValue<string>())).ToList();
        Assert.Equal([a, b, c], ours.Select(e => e!["subjectId"]!.GetValue<string>()));
        Assert.Equal([115, 45, 25], ours.Select(e => e!["score"]!.GetValue<int>()));
        Assert.Equal(["MISSING_NOW", "NEW_MISSING_EPISODE", "REPEAT_MISSING"], ours[0]!["reasonCodes"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(["IN_CUSTODY", "INTERVIEW_OVERDUE"], ours[1]!["reasonCodes"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("Repeat missing: went missing 4 times in the last 90 days.", ours[0]!["reasons"]![2]!.GetValue<string>());
        var ranks = ours.Select(e => e!["rank"]!.GetValue<int>()).ToList();
        Assert.Equal(ranks.Order(), ranks);

        var context = (await Adam.SendAsync(Context, new { w = 90 })).AssertOk().Data!["contextualSafeguarding"]!;
        var linked = context["adults"]!.AsArray().Single(x => x!["adult"]!["id"]!.GetValue<string>() == adult)!;
        var people = linked["youngPeople"]!.AsArray().ToDictionary(p => p!["subjectId"]!.GetValue<string>(), p => p!["links"]!.AsArray().Select(l => l!["sourceId"]!.GetValue<string>()).ToHashSet());
        Assert.Equal(new[] { a, b, c }.Order(), people.Keys.Order());
        Assert.Equal([aNow], people[a]);
        Assert.Equal(new HashSet<string> { bCustody, bMissing }, people[b]);
        Assert.Equal([cConcern], people[c]);
        var park = context["locations"]!.AsArray().Single(x => x!["location"]!["id"]!.GetValue<string>() == place)!;
        Assert.Equal(new[] { a, b }.Order(), park["youngPeople"]!.AsArray().Select(p => p!["subjectId"]!.GetValue<string>()).Order());
        // A one-day window still holds A's and B's links today; C's concern too.
        var narrow = (await Adam.SendAsync(Context, new { w = 1 })).AssertOk().Data!["contextualSafeguarding"]!;
        Assert.Equal(3, narrow["adults"]!.AsArray().Single(x => x!["adult"]!["id"]!.GetValue<string>() == adult)!["youngPeople"]!.AsArray().Count);

        // Counts only: exact for the working group; for the scrutineer a small count is withheld, never shown.
        const string Counts = "{ contextualSafeguardingCounts { adultsLinkedToSeveral locationsLinkedToSeveral youngPeopleLinked suppressed } }";
        var counts = (await Adam.SendAsync(Counts)).AssertOk().Data!["contextualSafeguardingCounts"]!;
        Assert.True(counts["adultsLinkedToSeveral"]!.GetValue<int>() >= 1);
        Assert.True(counts["youngPeopleLinked"]!.GetValue<int>() >= 3);
        var sam = _host.As("sam.scrutineer");
        var seen = (await sam.SendAsync(Counts)).AssertOk().Data!["contextualSafeguardingCounts"]!;
        foreach (var field in new[] { "adultsLinkedToSeveral", "youngPeopleLinked" })
            Assert.True(seen[field] is null ? seen["suppressed"]!.AsArray().Any(s => s!.GetValue<string>() == field) : seen[field]!.GetValue<int>() >= 5, $"{field}: {seen}");
        (await sam.SendAsync(Context, new { w = 90 })).AssertError("FORBIDDEN");
        (await sam.SendAsync(Briefing, new { d = Today() })).AssertError("FORBIDDEN");
        (await sam.SendAsync("{ adultsOfConcern { nodes { id } } }")).AssertError("FORBIDDEN");
        (await sam.SendAsync("query($id: ID!) { subject(id: $id) { adolescents { missingEpisodes { id } } } }", new { id = a })).AssertError("FORBIDDEN");
        (await _host.As("nina.neglect").SendAsync(Context, new { w = 90 })).AssertError("FORBIDDEN");

        // Reading who the adult is needs a purpose and is audited.
        var details = (await Adam.SendAsync("{ adultsOfConcern { nodes { id reference details(purpose: \"Daily Intelligence Briefing\") { name knownAs } } } }")).AssertOk();
        Assert.Contains(details.Data!["adultsOfConcern"]!["nodes"]!.AsArray(), x => x!["details"]!["name"]!.GetValue<string>() == "Example Adult");
        var audit = (await _host.As("alex.admin").SendAsync("{ auditLog(action: \"adult-of-concern.read\") { nodes { actor purpose module detail } } }")).AssertOk();
        Assert.Contains(audit.Data!["auditLog"]!["nodes"]!.AsArray(), x => x!["purpose"]!.GetValue<string>() == "Daily Intelligence Briefing" && x["module"]!.GetValue<string>() == "Adolescents");
        // The purpose it writes to the audit log is checked as every purpose is (InputCheck.RequirePurpose).
        foreach (var purpose in new[] { "why", "   ", "Briefing\u202Ereversed" })
            (await Adam.SendAsync("query($p: String!) { adultsOfConcern { nodes { details(purpose: $p) { name } } } }", new { p = purpose })).AssertError("VALIDATION");

        // The young person's view in the working group.
        var view = (await Adam.SendAsync("query($id: ID!) { subject(id: $id) { adolescents { missingEpisodes { id interviewStatus } custodyEpisodes { id } exploitationConcerns { id } safetyPlan { id } } } }", new { id = b })).AssertOk();
        var record = view.Data!["subject"]!["adolescents"]!;
        Assert.Equal("OVERDUE", record["missingEpisodes"]![0]!["interviewStatus"]!.GetValue<string>());
        Assert.Single(record["custodyEpisodes"]!.AsArray());
    }

    [Fact]
    public async Task A_published_briefing_carries_the_agreed_response_to_the_next_day_and_tells_Scrutiny_the_counts()
    {
        await WaitForPartnersAsync();
        var subject = await RegisterAsync();
        await MissingAsync(subject, Hours(26), agency: "plymouth city council"); // missing since yesterday and still missing

        var yesterday = (await Adam.SendAsync(Publish, new { d = Today(-1) })).AssertOk().Data!["publishDailyIntelligenceBriefing"]!;
        var entry = yesterday["entries"]!.AsArray().Single(e => e!["subjectId"]!.GetValue<string>() == subject)!["id"]!.GetValue<string>();
        await AssertRejectedAsync(Publish, new { d = Today(-1) }, "CONFLICT");
        await AssertRejectedAsync(Agree, new { i = new { entryId = entry, action = "Search", owningAgencies = new[] { "Not An Agency" }, dueAt = Now.AddHours(4).ToString("O") } }, "VALIDATION", "owningAgencies");
        await AssertRejectedAsync(Agree, new { i = new { entryId = entry, action = "Search", owningAgencies = new[] { "Devon and Cornwall Police" }, dueAt = Now.AddDays(-1).ToString("O") } }, "VALIDATION", "dueAt");
        var response = (await Adam.SendAsync(Agree, new { i = new
        {
            entryId = entry, action = "Joint visit to the address of concern", owningAgencies = new[] { "devon and cornwall police", "Plymouth City Council" }, dueAt = Now.AddHours(6).ToString("O"),
        } })).AssertOk().Data!["agreeBriefingResponse"]!;
        Assert.Equal(["Devon and Cornwall Police", "Plymouth City Council"], response["owningAgencies"]!.AsArray().Select(a => a!.GetValue<string>()));
        var responseId = response["id"]!.GetValue<string>();
        await AssertRejectedAsync(Agree, new { i = new { entryId = entry, action = "Again", owningAgencies = new[] { "NSPCC" }, dueAt = Now.AddHours(6).ToString("O") } }, "CONFLICT");

        var before = (await Adam.SendAsync(Briefing, new { d = Today() })).AssertOk().Data!["dailyIntelligenceBriefing"]!;
        var carried = before["entries"]!.AsArray().Single(e => e!["subjectId"]!.GetValue<string>() == subject)!["previousResponse"]!;
        Assert.False(carried["done"]!.GetValue<bool>());
        Assert.Equal(responseId, carried["response"]!["id"]!.GetValue<string>());

        (await Adam.SendAsync("mutation($id: ID!) { completeBriefingResponse(responseId: $id, outcome: \"Found and brought home\") { doneAt } }", new { id = responseId })).AssertOk();
        await AssertRejectedAsync("mutation($id: ID!) { completeBriefingResponse(responseId: $id) { doneAt } }", new { id = responseId }, "CONFLICT");

        var today = (await Adam.SendAsync(Publish, new { d = Today() })).AssertOk().Data!["publishDailyIntelligenceBriefing"]!;
        var published = (await Adam.SendAsync(Briefing, new { d = Today() })).AssertOk().Data!["dailyIntelligenceBriefing"]!;
        Assert.True(published["published"]!.GetValue<bool>());
        Assert.Equal(1, published["responsesDueFromPreviousDay"]!.GetValue<int>());
        Assert.Equal(1, published["responsesDoneFromPreviousDay"]!.GetValue<int>());
        Assert.True(published["entries"]!.AsArray().Single(e => e!["subjectId"]!.GetValue<string>() == subject)!["previousResponse"]!["done"]!.GetValue<bool>());

        // The event carries counts only, and reaches a subscriber.
        var todayId = Guid.Parse(today["id"]!.GetValue<string>());
        await PartnershipHost.EventuallyAsync("today's DailyBriefingPublished to reach the subscriber once (deliveries)", () => ReceivedAsync(nameof(DailyBriefingPublished), todayId), n => n == 1);
        var payload = await _host.ScopedAsync(sp => sp.GetRequiredService<AdolescentsDbContext>().Outbox
            .Where(m => m.EventType == typeof(DailyBriefingPublished).FullName).Select(m => m.Payload).ToListAsync());
        var last = payload.Select(p => JsonNode.Parse(p)!).Single(p => p["briefingId"]!.GetValue<Guid>() == todayId);
        Assert.Equal(1, last["responsesDoneFromPreviousDay"]!.GetValue<int>());
        Assert.True(last["missingNow"]!.GetValue<int>() >= 1);
        Assert.DoesNotContain(subject, payload.Single(p => p.Contains(todayId.ToString())));

        var figures = (await _host.As("sam.scrutineer").SendAsync("query($f: DateOnly!, $t: DateOnly!) { dailyIntelligenceBriefingFigures(from: $f, to: $t) { date entries missingNow responsesAgreed responsesDone } }",
            new { f = Today(-1), t = Today() })).AssertOk().Data!["dailyIntelligenceBriefingFigures"]!.AsArray();
        Assert.Equal(2, figures.Count);
        Assert.Equal(1, figures[0]!["responsesDone"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_return_home_interview_is_due_72_hours_after_the_return_and_an_overdue_one_is_announced_once()
    {
        var subject = await RegisterAsync();
        var late = await MissingAsync(subject, Days(5), Hours(72) + TimeSpan.FromMinutes(5));
        var onTime = await MissingAsync(subject, Hours(71.5), Hours(71));

        var overdue = (await Adam.SendAsync("{ overdueReturnHomeInterviews { nodes { id interviewStatus } } }")).AssertOk().Data!["overdueReturnHomeInterviews"]!["nodes"]!.AsArray();
        Assert.Contains(overdue, e => e!["id"]!.GetValue<string>() == late);
        Assert.DoesNotContain(overdue, e => e!["id"]!.GetValue<string>() == onTime);

        var sweep = _host.Services.GetRequiredService<OverdueInterviewSweep>();
        await sweep.SweepAsync(CancellationToken.None); // the hosted sweep may already have run: either way, once per episode
        Assert.Equal(0, await sweep.SweepAsync(CancellationToken.None));
        await PartnershipHost.EventuallyAsync("the late episode's ReturnHomeInterviewBecameOverdue to reach the subscriber once (deliveries)",
            () => ReceivedAsync(nameof(ReturnHomeInterviewBecameOverdue), Guid.Parse(late)), n => n == 1);
        Assert.Equal(0, await ReceivedAsync(nameof(ReturnHomeInterviewBecameOverdue), Guid.Parse(onTime)));

        var offeredLate = (await Adam.SendAsync(Offer, new { i = new { episodeId = late, offeredAt = Ago(TimeSpan.Zero) } })).AssertOk().Data!["offerReturnHomeInterview"]!;
        Assert.Equal("OFFERED_LATE", offeredLate["interviewStatus"]!.GetValue<string>());
        Assert.Equal("Devon and Cornwall Police", offeredLate["interviewOfferedBy"]!.GetValue<string>()); // the caller's agency
        var offeredOnTime = (await Adam.SendAsync(Offer, new { i = new { episodeId = onTime, offeredAt = Ago(TimeSpan.Zero) } })).AssertOk().Data!["offerReturnHomeInterview"]!;
        Assert.Equal("OFFERED_ON_TIME", offeredOnTime["interviewStatus"]!.GetValue<string>());
        await PartnershipHost.EventuallyAsync("one late and one on-time interview offer to reach the subscriber (late, on time)",
            async () => (Late: await ReceivedAsync("InterviewOfferedLate", Guid.Parse(late)), OnTime: await ReceivedAsync("InterviewOfferedOnTime", Guid.Parse(onTime))),
            seen => seen is (1, 1));
        await AssertRejectedAsync(Offer, new { i = new { episodeId = onTime, offeredAt = Ago(TimeSpan.Zero) } }, "CONFLICT");

        var figures = (await Adam.SendAsync("query($f: DateOnly!, $t: DateOnly!) { returnHomeInterviewFigures(from: $f, to: $t) { returns offeredOnTime offeredLate } }",
            new { f = Today(-10), t = Today() })).AssertOk().Data!["returnHomeInterviewFigures"]!;
        Assert.True(figures["offeredOnTime"]!.GetValue<int>() >= 1);
        Assert.True(figures["offeredLate"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task Bad_input_is_rejected_with_codes_and_nothing_is_written()
    {
        await WaitForPartnersAsync();
        var subject = await RegisterAsync();
        // A return before going missing.
        await AssertRejectedAsync(Missing, new { i = new { subjectId = subject, wentMissingAt = Ago(Hours(5)), returnedAt = Ago(Hours(6)) } }, "VALIDATION", "returnedAt");
        var open = await MissingAsync(subject, Hours(5));
        await AssertRejectedAsync(Return, new { i = new { episodeId = open, returnedAt = Ago(Hours(6)) } }, "VALIDATION", "returnedAt");
        // An unknown subject, and unknown adults and locations.
        await AssertRejectedAsync(Missing, new { i = new { subjectId = Guid.NewGuid().ToString(), wentMissingAt = Ago(Hours(5)) } }, "NOT_FOUND");
        await AssertRejectedAsync(Custody, new { i = new { subjectId = Guid.NewGuid().ToString(), detainedAt = Ago(Hours(1)) } }, "NOT_FOUND");
        await AssertRejectedAsync(Custody, new { i = new { subjectId = subject, detainedAt = Ago(Hours(1)), adultOfConcernIds = new[] { Guid.NewGuid().ToString() } } }, "NOT_FOUND");
        await AssertRejectedAsync(Concern, new { i = new { subjectId = Guid.NewGuid().ToString(), kind = "SEXUAL", countyLines = false, indicators = new[] { "x" }, reportedOn = Today() } }, "NOT_FOUND");
        // A briefing for a date in the future.
        await AssertRejectedAsync(Publish, new { d = Today(1) }, "VALIDATION", "date");
        (await Adam.SendAsync(Briefing, new { d = Today(1) })).AssertError("VALIDATION");
        // Other input at fault.
        await AssertRejectedAsync(Missing, new { i = new { subjectId = subject, wentMissingAt = Now.AddHours(2).ToString("O") } }, "VALIDATION", "wentMissingAt");
        await AssertRejectedAsync(Missing, new { i = new { subjectId = subject, wentMissingAt = Ago(Hours(1)) } }, "CONFLICT"); // already missing
        await AssertRejectedAsync(Missing, new { i = new { subjectId = subject, wentMissingAt = Ago(Hours(1)), reportingAgency = "Not An Agency" } }, "VALIDATION", "reportingAgency");
        await AssertRejectedAsync(Missing, new { i = new { subjectId = "not-an-id", wentMissingAt = Ago(Hours(1)) } }, "VALIDATION", "subjectId");
        await AssertRejectedAsync(Concern, new { i = new { subjectId = subject, kind = "SEXUAL", countyLines = true, indicators = new[] { "x" }, reportedOn = Today() } }, "VALIDATION", "countyLines");
        await AssertRejectedAsync(Concern, new { i = new { subjectId = subject, kind = "CRIMINAL", countyLines = false, indicators = Array.Empty<string>(), reportedOn = Today() } }, "VALIDATION", "indicators");
        await AssertRejectedAsync(Custody, new { i = new { subjectId = subject, detainedAt = Ago(Hours(1)), releasedAt = Ago(Hours(2)) } }, "VALIDATION", "releasedAt");
        await AssertRejectedAsync(Offer, new { i = new { episodeId = open, offeredAt = Ago(TimeSpan.Zero) } }, "CONFLICT"); // not returned yet
        await AssertRejectedAsync(Return, new { i = new { episodeId = Guid.NewGuid().ToString(), returnedAt = Ago(Hours(1)) } }, "NOT_FOUND");
        await AssertRejectedAsync(Agree, new { i = new { entryId = Guid.NewGuid().ToString(), action = "x", owningAgencies = new[] { "NSPCC" }, dueAt = Now.AddHours(3).ToString("O") } }, "NOT_FOUND");
        await AssertRejectedAsync(SavePlan, new { i = new { subjectId = subject, reviewOn = Today(-1), risks = new[] { new { description = "Exploitation", level = "HIGH" } },
            actions = new[] { new { action = "Mentoring", ownerAgency = "Barnardo's", dueOn = Today(7) } } } }, "VALIDATION", "reviewOn");
        await AssertRejectedAsync(SavePlan, new { i = new { subjectId = subject, reviewOn = Today(30), risks = new[] { new { description = "Exploitation", level = "HIGH" } },
            actions = new[] { new { action = "Mentoring", ownerAgency = "Nobody", dueOn = Today(7) } } } }, "VALIDATION", "actions[0].ownerAgency");
        // Who may not.
        await AssertRejectedAsync(Missing, new { i = new { subjectId = subject, wentMissingAt = Ago(Hours(1)) } }, "FORBIDDEN", user: "sam.scrutineer");
        await AssertRejectedAsync(Publish, new { d = Today() }, "FORBIDDEN", user: "nina.neglect");
    }

    private const string PlanHistory = """
        query($id: ID!) { subject(id: $id) { adolescents { safetyPlan { id version reviewOn updatedBy risks { description level } actions { id action }
          history { number isCurrent savedAt savedBy reviewOn changes risks { description level } actions { id action ownerAgency dueOn doneOn } } } } } }
        """;

    [Fact]
    public async Task A_review_of_an_adolescent_safety_plan_keeps_every_earlier_version_as_its_history()
    {
        await WaitForPartnersAsync();
        var subject = await RegisterAsync();
        var plan = (await Adam.SendAsync(SavePlan, new { i = new
        {
            subjectId = subject, reviewOn = Today(28),
            risks = new[] { new { description = "Criminal exploitation", level = "HIGH" }, new { description = "Missing from home", level = "MEDIUM" } },
            actions = new[] { new { action = "Weekly mentoring", ownerAgency = "barnardo's", dueOn = Today(14) }, new { action = "Return to education plan", ownerAgency = "City College Plymouth", dueOn = Today(7) } },
        } })).AssertOk().Data!["saveAdolescentSafetyPlan"]!;
        Assert.Equal(["Return to education plan", "Weekly mentoring"], plan["actions"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()));
        Assert.Equal("Barnardo's", plan["actions"]![1]!["ownerAgency"]!.GetValue<string>());
        var firstAction = plan["actions"]![0]!["id"]!.GetValue<string>();
        (await Adam.SendAsync("mutation($id: ID!) { completeSafetyPlanAction(actionId: $id) { doneOn } }", new { id = firstAction })).AssertOk();
        await AssertRejectedAsync("mutation($id: ID!) { completeSafetyPlanAction(actionId: $id) { doneOn } }", new { id = firstAction }, "CONFLICT");

        // The review is version 2; version 1 stays as it was, with its action done.
        var reviewed = (await Adam.SendAsync(SavePlan, new { i = new
        {
            subjectId = subject, reviewOn = Today(56), risks = new[] { new { description = "Criminal exploitation", level = "MEDIUM" } },
            actions = new[] { new { action = "Weekly mentoring", ownerAgency = "NSPCC", dueOn = Today(21) } },
        } })).AssertOk().Data!["saveAdolescentSafetyPlan"]!;
        Assert.Equal(plan["id"]!.GetValue<string>(), reviewed["id"]!.GetValue<string>());

        var read = (await Adam.SendAsync(PlanHistory, new { id = subject })).AssertOk().Data!["subject"]!["adolescents"]!["safetyPlan"]!;
        Assert.Equal((2, Today(56), "adam.adolescents"), (read["version"]!.GetValue<int>(), read["reviewOn"]!.GetValue<string>(), read["updatedBy"]!.GetValue<string>()));
        Assert.Equal(["Criminal exploitation"], read["risks"]!.AsArray().Select(r => r!["description"]!.GetValue<string>()));
        var history = read["history"]!.AsArray();
        Assert.Equal([(2, true), (1, false)], history.Select(v => (v!["number"]!.GetValue<int>(), v["isCurrent"]!.GetValue<bool>())));
        var first = history[1]!;
        Assert.Equal(Today(28), first["reviewOn"]!.GetValue<string>());
        Assert.Equal([("Criminal exploitation", "HIGH"), ("Missing from home", "MEDIUM")],
            first["risks"]!.AsArray().Select(r => (r!["description"]!.GetValue<string>(), r["level"]!.GetValue<string>())));
        Assert.Equal([("Return to education plan", Today(0)), ("Weekly mentoring", (string?)null)],
            first["actions"]!.AsArray().Select(a => (a!["action"]!.GetValue<string>(), a["doneOn"]?.GetValue<string>())));
        Assert.Equal(["Plan started with 2 risks and 2 actions; next review " + UkTime.Today(TimeProvider.System).AddDays(28).ToString("d MMMM yyyy") + "."],
            first["changes"]!.AsArray().Select(c => c!.GetValue<string>()));
        var changes = history[0]!["changes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Contains("Risk \"Criminal exploitation\" lowered from HIGH to MEDIUM.", changes);
        Assert.Contains("Risk removed: \"Missing from home\".", changes);
        Assert.Contains("Action \"Weekly mentoring\" now owned by NSPCC (was Barnardo's).", changes);
        Assert.Contains($"Action removed: \"Return to education plan\" (done {UkTime.Today(TimeProvider.System):d MMMM yyyy}).", changes);
        Assert.All(history, v => Assert.Equal("adam.adolescents", v!["savedBy"]!.GetValue<string>()));

        // An action of a replaced version is history: it cannot be done now; the current version's can.
        var oldAction = first["actions"]![1]!["id"]!.GetValue<string>();
        await AssertRejectedAsync("mutation($id: ID!) { completeSafetyPlanAction(actionId: $id) { doneOn } }", new { id = oldAction }, "CONFLICT");
        (await Adam.SendAsync("mutation($id: ID!) { completeSafetyPlanAction(actionId: $id) { doneOn } }",
            new { id = read["actions"]![0]!["id"]!.GetValue<string>() })).AssertOk();

        // A refused review writes no version.
        await AssertRejectedAsync(SavePlan, new { i = new { subjectId = subject, reviewOn = Today(30), risks = Array.Empty<object>(),
            actions = new[] { new { action = "Mentoring", ownerAgency = "NSPCC", dueOn = Today(7) } } } }, "VALIDATION", "risks");
    }

    [Fact]
    public async Task Switching_Adolescents_off_answers_module_disabled()
    {
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Adolescents\", enabled: false, reason: \"Switched off by the test\") { enabled } }")).AssertOk();
        (await Adam.SendAsync(Briefing, new { d = Today() })).AssertError("MODULE_DISABLED");
        (await _host.As("sam.scrutineer").SendAsync("{ contextualSafeguardingCounts { adultsLinkedToSeveral } }")).AssertError("MODULE_DISABLED");
        Assert.Equal(0, await _host.Services.GetRequiredService<OverdueInterviewSweep>().SweepAsync(CancellationToken.None));
        (await _host.As("alex.admin").SendAsync("mutation { setModuleEnabled(name: \"Adolescents\", enabled: true) { enabled } }")).AssertOk();
        var demo = (await Adam.SendAsync(Briefing, new { d = Today() })).AssertOk();
        Assert.NotEmpty(demo.Data!["dailyIntelligenceBriefing"]!["entries"]!.AsArray()); // the illustrative demo young people
    }

    [Fact]
    public void The_host_refuses_to_start_with_briefing_weights_that_make_no_sense()
    {
        using var host = new PartnershipHost(settings: new Dictionary<string, string?> { ["Adolescents:Briefing:RepeatMissingThreshold"] = "1" });
        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());
        Assert.Contains("Adolescents:Briefing", error.ToString());
    }
}
