using System.Text.Json.Nodes;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// Every module's figures that the scrutineer and administrators may read, with counts of 1 to 4 children recorded
/// through the modules' mutations: outside the working group that holds the records no count of people from 1 to 4 is
/// shown, each withheld one is null and named in suppressed, and the working group reads the same figures exactly.
/// </summary>
public sealed class SmallNumbersInModuleFiguresTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
    private static readonly string YearAgo = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-300).ToString("yyyy-MM-dd");

    /// <summary>Each aggregate field, the working group that holds its records, and whether the test records small numbers for it.</summary>
    private static readonly (string Query, string Member, bool SmallRecorded)[] Figures =
    [
        ("{ csaHsbByQuarter(from: \"2018-04-01\", to: \"2018-06-30\") { quarterEnd green amber red suppressed } }", "carla.csa", true),
        ("{ csaSexualAbusePlansByQuarter(from: \"2018-04-01\", to: \"2018-06-30\") { quarterEnd started openAtEnd suppressed } }", "carla.csa", true),
        ("{ csaHospitalSafeguardedCases { year cases suppressed } }", "carla.csa", true),
        ("{ csaSupportGaps { service referrals started averageWaitingDays unmetNoCommissionedService unmetWaitingTooLong longestCurrentWaitDays suppressed } }", "carla.csa", false),
        ("{ neglectShareByQuarter(from: \"2018-04-01\", to: \"2018-06-30\") { quarterEnd neglectPlans allPlans sharePercent suppressed } }", "nina.neglect", true),
        ("{ gcp2UseByAgency(from: \"2022-04-01\", to: \"2025-03-31\") { agency quarterEnd completedAssessments suppressed } }", "nina.neglect", false),
        ("{ neglectDentalExtractions { year children suppressed } }", "nina.neglect", true),
        ("{ childrenInNoticesByYear { year children previousYearChildren changePercent suppressed } }", "dana.domesticabuse", true),
        ("{ childrenInNoticesByQuarter { year quarter children sameQuarterLastYear changePercent suppressed } }", "dana.domesticabuse", true),
        ("{ dashSummary { completed high highByScore highByJudgement highByEscalation maracReferrals maracActionsOpen suppressed } }", "dana.domesticabuse", false),
        ("{ encompassSummary { sent acknowledgedOnTime acknowledgedLate outstanding overdue suppressed bySetting { settingName sent acknowledgedOnTime acknowledgedLate outstanding overdue suppressed } } }",
            "dana.domesticabuse", false),
        ("{ encompassGaps { childrenWithNoKnownSetting suppressed unsubscribedSettings { settingName childrenInNotices suppressed } } }", "dana.domesticabuse", true),
        ("{ routineEnquiriesByAgency { agency recorded asked disclosed supportOffered suppressed } }", "dana.domesticabuse", true),
        ("{ contextualSafeguardingCounts { adultsLinkedToSeveral locationsLinkedToSeveral youngPeopleLinked suppressed } }", "adam.adolescents", false),
        ($"{{ dailyIntelligenceBriefingFigures(from: \"{YearAgo}\", to: \"{Today}\") {{ date entries newMissing missingNow inCustody exploitationRising repeatMissing responsesAgreed responsesDone suppressed }} }}",
            "adam.adolescents", false),
        ($"{{ returnHomeInterviewFigures(from: \"{YearAgo}\", to: \"{Today}\") {{ returns offeredOnTime offeredLate overdue awaiting suppressed }} }}", "adam.adolescents", false),
        ("{ learningReviewTimeliness { year rapidReviews decided decidedInTime overdue csprDecisions learningFromExperienceReviews inTimeRate suppressed } }", "gina.governance", false),
    ];

    /// <summary>Whole numbers in these figures that count no one (actions, locations, days, the period's labels): never withheld.</summary>
    private static readonly HashSet<string> NotPeople = ["responsesAgreed", "responsesDone", "maracActionsOpen", "locationsLinkedToSeveral", "longestCurrentWaitDays", "quarter", "year"];

    private async Task<string> ChildAsync(string user, string module) =>
        (await _host.As(user).SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
            new { i = new { module, name = $"Example {module} Child {Guid.NewGuid():N}", dateOfBirth = "2012-02-03" } })).AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();

    /// <summary>A handful of children in each module, through its mutations.</summary>
    private async Task RecordSmallNumbersAsync()
    {
        var carla = _host.As("carla.csa");
        (await carla.SendAsync("mutation($i: RecordCsaHarmfulSexualBehaviourInput!) { recordCsaHarmfulSexualBehaviour(input: $i) { id } }",
            new { i = new { subjectId = await ChildAsync("carla.csa", "Csa"), grade = "GREEN", occurredOn = "2018-05-10", behaviour = "Age-appropriate curiosity.", response = "Talked it through at school." } })).AssertOk();
        (await carla.SendAsync("mutation { recordCsaHospitalSafeguardedCases(year: \"2018-19\", cases: 3) { cases } }")).AssertOk();

        var nina = _host.As("nina.neglect");
        (await nina.SendAsync("mutation { recordDentalExtractions(year: \"2018/19\", children: 2) { children } }")).AssertOk();
        foreach (var category in new[] { "SEXUAL", "NEGLECT", "NEGLECT" })
            (await nina.SendAsync("mutation($i: RecordChildProtectionPlanInput!) { recordChildProtectionPlan(input: $i) { id } }",
                new { i = new { subjectId = await ChildAsync("nina.neglect", "Neglect"), category, startedOn = "2018-05-01" } })).AssertOk();

        var dana = _host.As("dana.domesticabuse");
        (await dana.SendAsync("mutation($i: RoutineEnquiryInput!) { recordRoutineEnquiry(input: $i) { id } }",
            new { i = new { asked = true, disclosed = true, supportOffered = true } })).AssertOk();
        var children = new[] { await ChildAsync("dana.domesticabuse", "DomesticAbuse"), await ChildAsync("dana.domesticabuse", "DomesticAbuse") };
        (await dana.SendAsync("mutation($i: ProtectionNoticeInput!) { recordProtectionNotice(input: $i) { outcome } }",
            new { i = new { policeReference = "PPN-SMALL-NUMBERS-1", incidentAt = DateTimeOffset.UtcNow.AddHours(-5).ToString("O"), locationArea = "Devonport", children,
                adults = new[] { new { role = "VICTIM", personReference = "P-1" } } } })).AssertOk();
        await _host.AssertEventsDeliveredAsync();
    }

    private static IEnumerable<JsonObject> WithSuppressed(JsonNode? node) => node switch
    {
        JsonObject o when o.ContainsKey("suppressed") => o.SelectMany(p => WithSuppressed(p.Value)).Prepend(o),
        JsonObject o => o.SelectMany(p => WithSuppressed(p.Value)),
        JsonArray a => a.SelectMany(WithSuppressed),
        _ => [],
    };

    private static IEnumerable<(string Field, int Count)> Counts(JsonObject o) =>
        o.Where(p => !NotPeople.Contains(p.Key) && p.Value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number && v.TryGetValue<int>(out _))
            .Select(p => (p.Key, p.Value!.GetValue<int>()));

    [Fact]
    public async Task Outside_the_working_group_no_count_of_1_to_4_people_is_shown_and_the_group_reads_its_figures_exactly()
    {
        await RecordSmallNumbersAsync();
        foreach (var (query, member, smallRecorded) in Figures)
        {
            foreach (var reader in new[] { "sam.scrutineer", "alex.admin" })
            {
                var objects = WithSuppressed((await _host.As(reader).SendAsync(query)).AssertOk().Data).ToList();
                foreach (var o in objects)
                {
                    var withheld = o["suppressed"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
                    Assert.All(withheld, field => Assert.True(o.ContainsKey(field) && o[field] is null, $"{reader}: {query} names {field} withheld but shows {o[field]}"));
                    Assert.All(Counts(o), c => Assert.False(c.Count is >= 1 and <= 4, $"{reader}: {query} shows {c.Field} = {c.Count}"));
                }
                if (smallRecorded) Assert.True(objects.Any(o => o["suppressed"]!.AsArray().Count > 0), $"{reader}: {query} withholds nothing although small numbers were recorded");
            }

            var own = WithSuppressed((await _host.As(member).SendAsync(query)).AssertOk().Data).ToList();
            Assert.All(own, o => Assert.Empty(o["suppressed"]!.AsArray()));
            if (smallRecorded) Assert.True(own.SelectMany(Counts).Any(c => c.Count is >= 1 and <= 4), $"{member}: {query} shows no small number although one was recorded");
        }
    }

    [Fact]
    public async Task The_partnerships_published_figures_are_withheld_for_every_reader_even_the_group_they_came_from()
    {
        foreach (var reader in new[] { "gina.governance", "sam.scrutineer" })
        {
            var figures = (await _host.As(reader).SendAsync("{ publishedFigures(financialYear: \"2023/24\") { section measure value countsPeople suppressed } }"))
                .AssertOk().Data!["publishedFigures"]!.AsArray();
            JsonNode Figure(string measure) => figures.Single(f => f!["measure"]!.GetValue<string>() == measure)!;
            var rapid = Figure("Rapid reviews");
            Assert.Null(rapid["value"]);
            Assert.Equal(["value"], rapid["suppressed"]!.AsArray().Select(s => s!.GetValue<string>()));
            Assert.Equal(0m, Figure("Local Child Safeguarding Practice Reviews required")["value"]!.GetValue<decimal>());
            Assert.Equal(19m, Figure("Cases of child sexual abuse safeguarded at University Hospitals Plymouth")["value"]!.GetValue<decimal>());
            var audits = Figure("Multi-agency case audits each quarter (the independent scrutineer: one in each quarter)");
            Assert.False(audits["countsPeople"]!.GetValue<bool>());
            Assert.Equal(1m, audits["value"]!.GetValue<decimal>());
        }
    }
}
