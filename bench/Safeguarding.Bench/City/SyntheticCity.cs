using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Safeguarding.Neglect.Templates;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Bench.City;

/// <summary>What a city of the given scale holds (1.0 = Plymouth's size).</summary>
internal sealed record CitySize(double Scale)
{
    private int Of(int full, int least = 1) => Math.Max(least, (int)Math.Round(full * Scale));
    public int Children => Of(55_000, 100);
    public int Notices => Of(100_000, 1000);
    public int MissingEpisodes => Of(30_000, 100);
    public int Assessments => Of(5_000, 20);
    public int CsaIndicators => Of(20_000, 100);
    public int RapidReviews => Of(150, 5);
    public int CaseAudits => Of(200, 5);
}

/// <summary>
/// Builds a synthetic city through the modules' own GraphQL mutations, as the partnership's practitioners would:
/// children registered with syllable-built pseudonyms, Public Protection Notices in batches, missing episodes and
/// returns with interviews offered, Graded Care Profile 2 assessments, CSA indicators, rapid reviews, case audits and
/// funding years. Every figure comes from a random stream seeded from <c>--seed</c> and the item's number, so the
/// content is the same whichever client writes it; dates are relative to the day of generation. The modules accept
/// notices, intelligence and assessments from the last two years only, so those are spread over two years, not ten.
/// </summary>
internal sealed class SyntheticCity(HttpClient client, Func<string, string> token, int seed, CitySize size, int clients)
{
    private static readonly string[] Syllables = ["zor", "vex", "quil", "bram", "tizz", "yop", "kran", "plim", "wub", "snor", "fex", "glom", "trix", "dov", "mib", "zan"];
    private static readonly string[] Agencies = ["Devon and Cornwall Police", "Plymouth City Council", "University Hospitals Plymouth NHS Trust", "Livewell Southwest"];
    private static readonly string[] CsaCategories = ["PHYSICAL", "EMOTIONAL_BEHAVIOURAL", "SEXUAL_BEHAVIOUR", "CHILD_STATEMENTS", "ABUSIVE_BEHAVIOUR", "CIRCUMSTANCES"];
    private static readonly (string Module, string User)[] Registrars =
        [("DomesticAbuse", "dana.domesticabuse"), ("DomesticAbuse", "dana.domesticabuse"), ("Adolescents", "adam.adolescents"), ("Neglect", "nina.neglect"), ("Csa", "carla.csa")];

    /// <summary>Who registered the <paramref name="n"/>th child, and so was allocated to them.</summary>
    public static string RegistrarOf(int n) => Registrars[n % Registrars.Length].User;

    private readonly DateTimeOffset _now = DateTimeOffset.UtcNow;
    public List<(string Step, string Result)> Log { get; } = [];
    public string[] Children { get; private set; } = [];

    /// <summary>A random stream for one item of one kind: the same whatever order the clients run in.</summary>
    private Random Stream(int kind, int n) => new(HashCode.Combine(seed, kind, n));

    /// <summary>An obviously invented name: three or four syllables, capitalised, then a syllable-built surname.</summary>
    public static string Pseudonym(Random r)
    {
        string Word(int syllables) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[r.Next(Syllables.Length)])));
        return $"{Word(2 + r.Next(2))} {Word(3)}";
    }

    public async Task GenerateAsync()
    {
        Children = new string[size.Children];
        await StepAsync($"register {size.Children} children (pseudonyms)", size.Children, async n =>
        {
            var r = Stream(1, n);
            var (module, user) = Registrars[n % Registrars.Length];
            var born = DateOnly.FromDateTime(_now.UtcDateTime).AddDays(-r.Next(365, 17 * 365));
            var d = await Send(user, "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
                new { i = new { module, name = Pseudonym(r), dateOfBirth = Day(born) } });
            Children[n] = d["registerSubject"]!["id"]!.GetValue<string>();
        });

        var batches = (size.Notices + 999) / 1000;
        await StepAsync($"record {size.Notices} protection notices (batches of 1,000)", batches, async b =>
        {
            var notices = Enumerable.Range(b * 1000, Math.Min(1000, size.Notices - b * 1000)).Select(n => Notice(Stream(2, n), $"PPN-CITY-{seed}-{n:000000}")).ToList();
            var d = await Send("dana.domesticabuse", "mutation($n: [ProtectionNoticeInput]!) { recordProtectionNotices(notices: $n) { stored duplicates } }", new { n = notices });
            var done = d["recordProtectionNotices"]!;
            if (done["stored"]!.GetValue<int>() + done["duplicates"]!.GetValue<int>() != notices.Count) throw new InvalidOperationException($"Batch {b}: {done.ToJsonString()}");
        }, records: size.Notices); // batches at once take turns to write (decision 0012)

        var stillOpen = Math.Min(size.MissingEpisodes / 50, size.Children / 10);
        await StepAsync($"record {size.MissingEpisodes} missing episodes, returns and interviews", size.MissingEpisodes, async n =>
        {
            // About one episode in fifty is still open: each for a child of its own, kept apart from the others (the
            // module refuses a new episode while a child is still missing).
            var r = Stream(3, n);
            var went = _now.AddMinutes(-r.Next(3 * 24 * 60, 700 * 24 * 60));
            var stillMissing = n < stillOpen;
            var back = went.AddMinutes(r.Next(60, 3 * 24 * 60));
            var subject = stillMissing ? Children[^(n + 1)] : Children[r.Next(Children.Length - stillOpen)];
            var d = await Send("adam.adolescents", "mutation($i: RecordMissingEpisodeInput!) { recordMissingEpisode(input: $i) { id } }",
                new { i = new { subjectId = subject, reportingAgency = Agencies[r.Next(2)], wentMissingAt = went.ToString("O"), returnedAt = stillMissing ? null : back.ToString("O") } });
            if (stillMissing || r.Next(10) == 0) return;
            await Send("adam.adolescents", "mutation($i: OfferReturnHomeInterviewInput!) { offerReturnHomeInterview(input: $i) { id } }",
                new { i = new { episodeId = d["recordMissingEpisode"]!["id"]!.GetValue<string>(), offeredAt = Min(back.AddHours(r.Next(1, 100)), _now.AddMinutes(-1)).ToString("O"), offeringAgency = "Plymouth City Council" } });
        });

        var subAreas = Gcp2Structure.Areas.SelectMany(a => a.SubAreas.Select(s => s.Code)).ToArray();
        await StepAsync($"start, grade and complete {size.Assessments} GCP2 assessments", size.Assessments, async n =>
        {
            var r = Stream(4, n);
            var started = await Send("nina.neglect", "mutation($i: StartNeglectAssessmentInput!) { startNeglectAssessment(input: $i) { id } }",
                new { i = new { subjectId = Child(r), templateVersion = Gcp2Structure.Version, observedOn = Day(Today().AddDays(-r.Next(0, 700))) } });
            var id = started["startNeglectAssessment"]!["id"]!.GetValue<string>();
            var family = 1 + r.Next(4); // a family's typical grade; sub-areas vary around it
            await Send("nina.neglect", "mutation($i: RecordNeglectAssessmentInput!) { recordNeglectAssessment(input: $i) { id } }",
                new { i = new { assessmentId = id, grades = subAreas.Select(code => new { subAreaCode = code, grade = Math.Clamp(family + r.Next(-1, 2), 1, 5) }).ToArray() } });
            await Send("nina.neglect", "mutation($id: ID!) { completeNeglectAssessment(assessmentId: $id) { id } }", new { id });
        });

        await StepAsync($"record {size.CsaIndicators} CSA indicators", size.CsaIndicators, async n =>
        {
            var r = Stream(5, n);
            await Send("carla.csa", "mutation($i: RecordCsaIndicatorInput!) { recordCsaIndicator(input: $i) { flaggedNow } }",
                new { i = new { subjectId = Child(r), categoryCode = CsaCategories[r.Next(CsaCategories.Length)], observedOn = Day(Today().AddDays(-r.Next(0, 3 * 365))),
                    sourceAgency = Agencies[r.Next(Agencies.Length)], description = "Synthetic indicator", seenAndSpokenToAlone = r.Next(2) == 0 } });
        });

        var known = (await Send("gina.governance", "{ partners { id isStatutory } }"))["partners"]!.AsArray();
        var partners = known.Select(p => p!["id"]!.GetValue<string>()).ToArray();
        var statutory = known.Where(p => p!["isStatutory"]!.GetValue<bool>()).Select(p => p!["id"]!.GetValue<string>()).ToArray();
        await StepAsync($"open and decide {size.RapidReviews} rapid reviews", size.RapidReviews, async n =>
        {
            var r = Stream(6, n);
            var notified = Max(new DateOnly(2023, 1, 2), Today().AddDays(-r.Next(30, 3 * 365)));
            var d = await Send("gina.governance", "mutation($i: OpenRapidReviewInput!) { openRapidReview(input: $i) { id } }",
                new { i = new { reference = $"RR CITY {seed}-{n}", notifiedOn = Day(notified), subjectId = Child(r) } });
            var review = d["openRapidReview"]!["id"]!.GetValue<string>();
            var outcome = r.Next(4) == 0 ? "CSPR" : "NO_CSPR";
            foreach (var partner in statutory) // the statutory partners must agree the outcome before it is decided
                await Send("gina.governance", "mutation($i: RecordReviewAgreementInput!) { recordReviewAgreement(input: $i) { id } }",
                    new { i = new { reviewId = review, partnerId = partner, outcome } });
            await Send("gina.governance", "mutation($i: DecideRapidReviewInput!) { decideRapidReview(input: $i) { id } }",
                new { i = new { reviewId = review, outcome, decidedOn = Day(Min(notified.AddDays(r.Next(10, 25)), Today())) } });
        });

        await StepAsync($"complete {size.CaseAudits} multi-agency case audits", size.CaseAudits, async n =>
        {
            var r = Stream(7, n);
            var agencies = partners.OrderBy(_ => r.Next()).Take(2).ToArray();
            var quarterStarts = Today().AddMonths(-3 * r.Next(1, 8));
            var d = await Send("gina.governance", "mutation($i: CreateCaseAuditInput!) { createCaseAudit(input: $i) { id } }",
                new { i = new { topic = $"Synthetic audit topic {n % 7}", quarter = FinancialQuarter.Of(quarterStarts).Label, agencyPartnerIds = agencies } });
            var audit = d["createCaseAudit"]!["id"]!.GetValue<string>();
            foreach (var agency in agencies)
                await Send("gina.governance", "mutation($i: GradeCaseAuditAgencyInput!) { gradeCaseAuditAgency(input: $i) { id } }",
                    new { i = new { auditId = audit, partnerId = agency, grade = new[] { "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE" }[r.Next(3)], finding = "Synthetic finding." } });
            await Send("gina.governance", "mutation($id: ID!) { completeCaseAudit(auditId: $id) { id } }", new { id = audit });
        }, concurrency: 1);

        await FundingYearsAsync(partners);
    }

    /// <summary>
    /// Funding: from the year after the newest one held to the current financial year, each opened, given contributions
    /// and expenditure, and closed (all but the current year). Years are opened in order, as the module requires.
    /// </summary>
    private async Task FundingYearsAsync(string[] partners)
    {
        var clock = Stopwatch.StartNew();
        var current = FinancialYear.Of(Today()).StartYear;
        var r = Stream(8, 0);
        var made = new List<string>();
        for (var start = current - 9; start <= current; start++)
        {
            var label = new FinancialYear(start).Label;
            var opened = await TrySend("fin.funding", "mutation($y: String!, $o: Decimal) { openFinancialYear(year: $y, openingReserve: $o) { label } }", new { y = label, o = 100_000m });
            if (opened is null) opened = await TrySend("fin.funding", "mutation($y: String!) { openFinancialYear(year: $y) { label } }", new { y = label });
            if (opened is null) continue; // held already, or the module wants the years in another order: leave it
            foreach (var partner in partners.Take(6))
                await TrySend("fin.funding", "mutation($i: RecordContributionInput!) { recordContribution(input: $i) { totalIncome } }",
                    new { i = new { year = label, partnerId = partner, amount = 5_000m + r.Next(0, 60_000) } });
            foreach (var heading in new[] { "Business unit staffing", "Training", "Reviews" })
                await TrySend("fin.funding", "mutation($i: RecordExpenditureInput!) { recordExpenditure(input: $i) { totalExpenditure } }",
                    new { i = new { year = label, category = heading, amount = 10_000m + r.Next(0, 80_000) } });
            if (start < current) await TrySend("fin.funding", "mutation($y: String!) { closeFinancialYear(year: $y) { status } }", new { y = label });
            made.Add(label);
        }
        Log.Add(($"funding years opened, funded and closed", made.Count == 0 ? "none (all held already)" : $"{string.Join(", ", made)} in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    private object Notice(Random r, string reference)
    {
        var first = Child(r);
        return new
        {
            policeReference = reference,
            incidentAt = _now.AddMinutes(-r.Next(60, 700 * 24 * 60)).ToString("O"),
            locationArea = "Synthetic area " + r.Next(20),
            children = r.Next(3) == 0 ? new[] { first, Child(r) }.Distinct().ToArray() : [first],
            adults = new[] { new { role = "VICTIM", personReference = $"P-CITY-{seed}-{r.Next(Math.Max(1, size.Notices / 3))}" } },
        };
    }

    private string Child(Random r) => Children[r.Next(Children.Length)];
    private DateOnly Today() => TimeProvider.System.Today();
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Runs one step's items over a few concurrent clients and logs its rate.</summary>
    private async Task StepAsync(string step, int count, Func<int, Task> item, int? concurrency = null, int? records = null)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency ?? clients }, async (n, _) =>
        {
            await item(n);
            if (Interlocked.Increment(ref done) % 2000 == 0) Console.Error.WriteLine($"  {step}: {done}/{count} ({clock.Elapsed.TotalSeconds:F0} s)");
        });
        Log.Add((step, $"{clock.Elapsed.TotalSeconds:F1} s ({(records ?? count) / clock.Elapsed.TotalSeconds:F0}/s)"));
        Console.Error.WriteLine($"{step}: {clock.Elapsed.TotalSeconds:F1} s");
    }

    private async Task<JsonNode> Send(string user, string query, object? variables = null) =>
        (await BenchProgram.Json(client, token(user), query, variables))["data"]!;

    private async Task<JsonNode?> TrySend(string user, string query, object? variables = null)
    {
        try { return await Send(user, query, variables); }
        catch (InvalidOperationException) { return null; }
    }

    /// <summary>The marker that lets a later run reuse the data folder: written only once generation has finished.</summary>
    public static string MarkerPath(string folder) => Path.Combine(folder, "city-marker.json");

    public static bool IsGenerated(string folder, int seed, double scale) =>
        File.Exists(MarkerPath(folder)) && JsonNode.Parse(File.ReadAllText(MarkerPath(folder))) is { } m
        && m["seed"]!.GetValue<int>() == seed && m["scale"]!.GetValue<double>() == scale;

    public void WriteMarker(string folder) => File.WriteAllText(MarkerPath(folder), JsonSerializer.Serialize(new
    {
        seed, scale = size.Scale, generatedAt = _now, children = Children, log = Log.Select(l => $"{l.Step}: {l.Result}"),
    }));

    public static string[] ChildrenFrom(string folder) =>
        JsonNode.Parse(File.ReadAllText(MarkerPath(folder)))!["children"]!.AsArray().Select(c => c!.GetValue<string>()).ToArray();
}
