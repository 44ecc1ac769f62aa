using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using Safeguarding.Host.Platform.Identity;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.Bench.Identity;

/// <summary>
/// The identity matching evaluation: a synthetic city's registry with the truth known, records as agencies send them,
/// each matched through an in-memory blocking index the way the registry does. Prints precision and recall of automatic
/// matching, the review queue, blocking recall, candidates per query and the time to match one identity.
///   dotnet run -c Release --project bench/Safeguarding.Bench -- identity [--people 100000] [--queries 20000] [--seed 1] [--estimate]
/// --estimate also prints each comparison level's m (from the generator's true pairs) and u (from random pairs).
/// </summary>
public static class IdentityBench
{
    public static int Run(string[] args)
    {
        var (people, queries, seed, estimate, showWrong, showMissed) = (100_000, 20_000, 1, false, false, false);
        var thresholds = new IdentityMatchingOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--people": people = int.Parse(args[++i]); break;
                case "--queries": queries = int.Parse(args[++i]); break;
                case "--seed": seed = int.Parse(args[++i]); break;
                case "--estimate": estimate = true; break;
                case "--show-wrong": showWrong = true; break;
                case "--show-missed": showMissed = true; break;
                case "--auto": thresholds.AutoMatchProbability = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--review": thresholds.ReviewProbability = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"Unknown option {args[i]}"); return 2;
            }
        }

        var clock = Stopwatch.StartNew();
        var city = new SyntheticCityPeople(people, seed);
        var registry = city.People.Where(p => p.Registered).ToList();
        var generated = clock.Elapsed;
        var matcher = new IdentityMatcher(Options.Create(thresholds));

        clock.Restart();
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var p in registry)
            foreach (var key in matcher.BlockingKeys(p.Held))
            {
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(p.Id);
            }
        var indexed = clock.Elapsed;
        var byId = city.People.ToDictionary(p => p.Id);

        // Three in four records are of people the registry holds; the rest are not (among them siblings and twins of
        // people it holds, because households are registered in part).
        var random = new Random(seed + 1);
        var unregistered = city.People.Where(p => !p.Registered).ToList();
        var stats = new Tally();
        var times = new List<double>(queries);
        var candidateCounts = new List<double>(queries);
        var candidates = new List<MatchCandidate>();
        var seen = new HashSet<int>();
        for (var q = 0; q < queries; q++)
        {
            var person = random.NextDouble() < 0.75 ? registry[random.Next(registry.Count)] : unregistered[random.Next(unregistered.Count)];
            var record = city.AgencyRecord(person);

            var started = Stopwatch.GetTimestamp();
            candidates.Clear();
            seen.Clear();
            foreach (var key in matcher.BlockingKeys(record))
                if (index.TryGetValue(key, out var ids))
                    foreach (var id in ids)
                        if (seen.Add(id)) candidates.Add(new MatchCandidate(Subject(id), byId[id].Held));
            var result = matcher.Decide(record, candidates);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            candidateCounts.Add(candidates.Count);
            stats.Count(person, result, seen.Contains(person.Id), byId);
            if (showMissed && person.Registered && result.Outcome != MatchOutcome.Matched)
                Console.WriteLine($"missed ({result.Outcome}, p={result.Score:F4}): {Show(record)}\n       held: {Show(person.Held)}\n       {string.Join("; ", result.Reasons)}");
            if (showWrong && result.Outcome == MatchOutcome.Matched && (!person.Registered || Id(result.SubjectId!.Value) != person.Id))
                Console.WriteLine($"wrong match: {Show(record)}\n       with: {Show(byId[Id(result.SubjectId!.Value)].Held)}\n       {(person.Registered ? "held as" : "not held")} {Show(person.Held)} twin {person.IsTwin}, household {person.Household} and {byId[Id(result.SubjectId!.Value)].Household}; p={result.Score:F6}: {string.Join("; ", result.Reasons)}");
        }

        Console.WriteLine($"Identity matching: {registry.Count:N0} people held ({city.People.Count:N0} in the synthetic city, seed {seed}); " +
                          $"{queries:N0} agency records; automatic at p >= {thresholds.AutoMatchProbability}, review at p >= {thresholds.ReviewProbability}; {Environment.ProcessorCount} cores; .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}");
        Console.WriteLine($"Generated in {generated.TotalSeconds:F1} s; blocking index of {index.Count:N0} keys built in {indexed.TotalSeconds:F1} s.");
        Console.WriteLine();
        Console.WriteLine("| measure | result |");
        Console.WriteLine("|---|---|");
        var commonGiven = registry.Where(p => p.Sex == PersonSex.Male).GroupBy(p => p.Given).MaxBy(g => g.Count())!;
        var commonFamily = registry.GroupBy(p => p.Family).MaxBy(g => g.Count())!;
        Console.WriteLine($"| commonest boy's name, family name | {commonGiven.Key} {Percent(commonGiven.Count(), registry.Count(p => p.Sex == PersonSex.Male))} of boys; " +
                          $"{commonFamily.Key} {Percent(commonFamily.Count(), registry.Count)} of people |");
        Console.WriteLine($"| twins held | {registry.Count(p => p.IsTwin):N0} |");
        Console.WriteLine($"| pairs evaluated | {candidateCounts.Sum():N0} |");
        Console.WriteLine($"| records of people held / not held | {stats.Held:N0} / {stats.NotHeld:N0} |");
        Console.WriteLine($"| automatic matches: precision | {Percent(stats.RightMatches, stats.RightMatches + stats.WrongMatches)} ({stats.WrongMatches} wrong of {stats.RightMatches + stats.WrongMatches:N0}) |");
        Console.WriteLine($"| automatic matches: recall | {Percent(stats.RightMatches, stats.Held)} |");
        Console.WriteLine($"| sent to review | {Percent(stats.Reviews, queries)} of records ({stats.Reviews:N0}; {stats.ReviewsOfTwinsOrNotHeld:N0} of them people not held or twins) |");
        Console.WriteLine($"| held people not matched automatically that review catches | {Percent(stats.ReviewCatches, stats.Held - stats.RightMatches)} ({stats.ReviewCatches:N0} of {stats.Held - stats.RightMatches:N0}) |");
        Console.WriteLine($"| held people registered again as new (missed) | {stats.MissedAsNew:N0} ({Percent(stats.MissedAsNew, stats.Held)}) |");
        Console.WriteLine($"| twins and siblings merged automatically | {stats.RelativesMerged} |");
        Console.WriteLine($"| blocking recall (the true record among the candidates) | {Percent(stats.Blocked, stats.Held)} |");
        Console.WriteLine($"| candidates per record | mean {candidateCounts.Average():F1}, p95 {BenchProgram.P(candidateCounts, 95):F0}, max {candidateCounts.Max():F0} |");
        Console.WriteLine($"| time to match one record against {registry.Count:N0} people | p50 {BenchProgram.P(times, 50):F2} ms, p95 {BenchProgram.P(times, 95):F2} ms, p99 {BenchProgram.P(times, 99):F2} ms |");
        // After the evaluation, which it would otherwise change by drawing agency records from the same generator.
        if (estimate) Estimate(city, registry, seed);
        return 0;

        Guid Subject(int id) => new(id, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0]);
    }

    private static int Id(Guid subject) => BitConverter.ToInt32(subject.ToByteArray(), 0);

    private static string Show(PersonIdentity p) =>
        $"{p.GivenNames} {p.FamilyName} [{string.Join(", ", p.OtherNames)}] {p.DateOfBirth} {p.Sex} nhs {p.NhsNumber} upn {p.UniquePupilNumber} {string.Join(" / ", p.Addresses.Select(a => a.Postcode))}";

    /// <summary>
    /// m and u for each comparison level, the way Splink estimates them: u from random pairs of people held (almost all
    /// are two different people), m from pairs known to be one person (the registry's record and an agency's record).
    /// </summary>
    private static void Estimate(SyntheticCityPeople city, List<SyntheticPerson> registry, int seed)
    {
        var random = new Random(seed + 2);
        var u = new Dictionary<ComparisonLevel, int>();
        var m = new Dictionary<ComparisonLevel, int>();
        var uTotals = new Dictionary<string, int>();
        var mTotals = new Dictionary<string, int>();
        const int pairs = 400_000;
        for (var i = 0; i < pairs; i++)
        {
            var a = registry[random.Next(registry.Count)];
            var b = registry[random.Next(registry.Count)];
            if (a.Id == b.Id) continue;
            Count(new PreparedIdentity(a.Held), new PreparedIdentity(b.Held), u, uTotals);
        }
        for (var i = 0; i < pairs / 4; i++)
        {
            var a = registry[random.Next(registry.Count)];
            Count(new PreparedIdentity(city.AgencyRecord(a)), new PreparedIdentity(a.Held), m, mTotals);
        }
        Console.WriteLine();
        Console.WriteLine("| field | level | m configured | m measured | u configured | u measured |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var level in m.Keys.Union(u.Keys).OrderBy(l => l.Field).ThenByDescending(l => l.Weight))
            Console.WriteLine($"| {level.Field} | {level.Name} | {level.M:G3} | {Share(m, mTotals, level):G3} | {level.U:G3} | {Share(u, uTotals, level):G3} |");
        Console.WriteLine();

        static void Count(PreparedIdentity x, PreparedIdentity y, Dictionary<ComparisonLevel, int> counts, Dictionary<string, int> totals)
        {
            foreach (var level in IdentityMatcher.Evidence(x, y, out _).Levels)
            {
                counts[level] = counts.GetValueOrDefault(level) + 1;
                totals[level.Field] = totals.GetValueOrDefault(level.Field) + 1;
            }
        }

        static double Share(Dictionary<ComparisonLevel, int> counts, Dictionary<string, int> totals, ComparisonLevel level) =>
            totals.TryGetValue(level.Field, out var total) && total > 0 ? (double)counts.GetValueOrDefault(level) / total : 0;
    }

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:F2}%";

    /// <summary>What became of the records, against the truth.</summary>
    private sealed class Tally
    {
        public int Held, NotHeld, RightMatches, WrongMatches, Reviews, ReviewsOfTwinsOrNotHeld, ReviewCatches, MissedAsNew, RelativesMerged, Blocked;

        public void Count(SyntheticPerson person, MatchResult result, bool blocked, Dictionary<int, SyntheticPerson> people)
        {
            if (person.Registered) Held++; else NotHeld++;
            if (person.Registered && blocked) Blocked++;
            var matchedId = result.SubjectId is { } s ? Id(s) : -1;
            switch (result.Outcome)
            {
                case MatchOutcome.Matched when person.Registered && matchedId == person.Id:
                    RightMatches++;
                    break;
                case MatchOutcome.Matched:
                    WrongMatches++;
                    if (matchedId >= 0 && people[matchedId].Household == person.Household) RelativesMerged++;
                    break;
                case MatchOutcome.NeedsReview:
                    Reviews++;
                    if (person.Registered && matchedId == person.Id) ReviewCatches++;
                    if (!person.Registered || person.IsTwin) ReviewsOfTwinsOrNotHeld++;
                    break;
                case MatchOutcome.New when person.Registered:
                    MissedAsNew++;
                    break;
            }
        }
    }
}
