using System.ComponentModel.DataAnnotations;
using F23.StringSimilarity;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.Host.Platform.Identity;

/// <summary>
/// Matches identities the way the NHS Personal Demographics Service and Splink do: a verified NHS number or UPN
/// decides; otherwise a Fellegi-Sunter score over names, date of birth, sex, postcodes and agency references
/// (<see cref="MatchModel"/>), with lines drawn by <see cref="IdentityMatchingOptions"/>. Twins and siblings are never
/// merged automatically. Stateless: one instance serves the host.
/// </summary>
public sealed class IdentityMatcher : IIdentityMatcher
{
    private static readonly JaroWinkler Jaro = new();
    private readonly IdentityMatchingOptions _options;

    public IdentityMatcher(IOptions<IdentityMatchingOptions> options)
    {
        _options = options.Value;
        // Also when built by hand (tests, benchmarks): thresholds the wrong way round would merge people silently.
        Validator.ValidateObject(_options, new ValidationContext(_options), validateAllProperties: true);
    }

    public IReadOnlyList<string> BlockingKeys(PersonIdentity identity) => BlockingKeys(new PreparedIdentity(identity));

    public PairScore Compare(PersonIdentity incoming, PersonIdentity existing) => Compare(new PreparedIdentity(incoming), new PreparedIdentity(existing));

    public MatchResult Decide(PersonIdentity incoming, IReadOnlyList<MatchCandidate> candidates)
    {
        if (candidates.Count == 0) return MatchResult.NewPerson(["no one held shares a name, date of birth, postcode or reference"]);
        var prepared = new PreparedIdentity(incoming);
        var scored = candidates.Select(c => (c.SubjectId, Score: Compare(prepared, new PreparedIdentity(c.Identity))))
            .OrderByDescending(s => s.Score.Deterministic).ThenByDescending(s => s.Score.Weight).ToList();
        var (bestId, best) = scored[0];

        if (best.Deterministic)
        {
            if (best.IdentifierContradicted)
                return new MatchResult(MatchOutcome.NeedsReview, bestId, Probability(best.Weight),
                    [.. best.Reasons, "the NHS number or UPN matches but the names and date of birth do not: a practitioner decides (a mistyped number?)"]);
            if (scored.Count(s => s.Score.Deterministic) == 1) return new MatchResult(MatchOutcome.Matched, bestId, best.Probability, best.Reasons);
            return new MatchResult(MatchOutcome.NeedsReview, bestId, best.Probability,
                [.. best.Reasons, "more than one person held has this NHS number or UPN"]);
        }

        var runnerUp = scored.Count > 1 ? scored[1].Score : null;
        if (best.Probability >= _options.AutoMatchProbability)
        {
            if (best.NeverAutomatic)
                return new MatchResult(MatchOutcome.NeedsReview, bestId, best.Probability, best.Reasons);
            if (runnerUp is not null && (runnerUp.Probability >= _options.AutoMatchProbability || best.Weight - runnerUp.Weight < _options.CloseCandidateBits))
                return new MatchResult(MatchOutcome.NeedsReview, bestId, best.Probability,
                    [.. best.Reasons, "another person held is nearly as likely a match"]);
            return new MatchResult(MatchOutcome.Matched, bestId, best.Probability, best.Reasons);
        }
        if (best.Probability >= _options.ReviewProbability) return new MatchResult(MatchOutcome.NeedsReview, bestId, best.Probability, best.Reasons);
        return new MatchResult(MatchOutcome.New, null, best.Probability, ["the closest person held is unlikely to be the same person", .. best.Reasons]);
    }

    /// <summary>The probability a match weight in bits stands for.</summary>
    public static double Probability(double weight) => 1 / (1 + Math.Pow(2, -weight));

    /// <summary>
    /// Whether a blocking key is of an identifier that can decide a match by itself (an NHS number, a UPN): every record
    /// that can match an identity deterministically is found under one of its decisive keys.
    /// </summary>
    public static bool IsDecisiveKey(string key) => key.StartsWith("nhs:", StringComparison.Ordinal) || key.StartsWith("upn:", StringComparison.Ordinal);

    internal static IReadOnlyList<string> BlockingKeys(PreparedIdentity p)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (p.NhsNumber is not null) keys.Add("nhs:" + p.NhsNumber);
        if (p.UniquePupilNumber is not null) keys.Add("upn:" + p.UniquePupilNumber);
        if (p.CouncilPersonId is not null) keys.Add("council:" + p.CouncilPersonId);
        if (p.PolicePersonReference is not null) keys.Add("police:" + p.PolicePersonReference);

        var dob = p.DateOfBirth;
        // Day and month in ascending order: a date with the two swapped gives the same key.
        var dobKey = dob is { } d ? $"dob:{d.Year:D4}-{Math.Min(d.Day, d.Month):D2}-{Math.Max(d.Day, d.Month):D2}" : null;
        // The same without the year: a mistyped year keeps day and month.
        var dayMonthKey = dob is { } e ? $"dm:{Math.Min(e.Day, e.Month):D2}-{Math.Max(e.Day, e.Month):D2}" : null;
        foreach (var name in p.Names)
        {
            var given = name.Given.Length > 0 ? GivenCodes(name.Given[0]) : [];
            var family = name.Family.Select(Nysiis.Code).Append(Nysiis.Code(name.FamilyJoined)).Where(c => c.Length > 0).Distinct().ToList();
            if (dobKey is not null)
            {
                foreach (var f in family) keys.Add($"{dobKey}|fam:{f}");
                foreach (var g in given) keys.Add($"{dobKey}|giv:{g}");
                foreach (var f in family) keys.Add($"{dayMonthKey}|fam:{f}");
            }
            // Given and family name codes in sorted order: the key survives the two being transposed. Without the year
            // too, so that a record without a date of birth finds the people with one (a larger block, for common names).
            foreach (var g in given)
                foreach (var f in family)
                {
                    var pair = string.CompareOrdinal(g, f) <= 0 ? $"{g}+{f}" : $"{f}+{g}";
                    if (dob is { } y) keys.Add($"yob:{y.Year}|nm:{pair}");
                    keys.Add($"nm:{pair}");
                }
            foreach (var postcode in p.Postcodes)
                foreach (var g in given) keys.Add($"pc:{postcode.Full}|giv:{g}");
        }
        foreach (var postcode in p.Postcodes)
            if (dob is { } y) keys.Add($"pc:{postcode.Full}|yob:{y.Year}");
        return keys.ToList();
    }

    /// <summary>Phonetic codes of a given name and of the formal names it is a form of (Alfie, and Alfred).</summary>
    private static List<string> GivenCodes(string given) =>
        NameForms.Roots(given).Prepend(given).Select(Nysiis.Code).Where(c => c.Length > 0).Distinct().ToList();

    internal static PairScore Compare(PreparedIdentity a, PreparedIdentity b)
    {
        var reasons = new List<string>();
        var weight = MatchModel.PriorWeight;

        if (a.NhsNumber is not null && b.NhsNumber is not null && a.NhsNumber != b.NhsNumber)
        {
            reasons.Add("NHS numbers differ: two different people");
            var (w, r, _) = Evidence(a, b, out _);
            reasons.AddRange(r);
            return new PairScore(Probability(weight + w + MatchModel.NhsNumbersDifferWeight), weight + w + MatchModel.NhsNumbersDifferWeight, reasons, false, true);
        }

        var deterministic = false;
        if (a.NhsNumber is not null && a.NhsNumber == b.NhsNumber) { reasons.Add("NHS number matches"); deterministic = true; }
        if (a.UniquePupilNumber is not null && a.UniquePupilNumber == b.UniquePupilNumber) { reasons.Add("unique pupil number matches"); deterministic = true; }

        var (evidence, evidenceReasons, _) = Evidence(a, b, out var neverAutomatic);
        weight += evidence;
        reasons.AddRange(evidenceReasons);
        // An identifier agreeing while the rest of the identity speaks against it is more likely a mistyped number than
        // one person: it is still decided by the identifier, but a practitioner confirms it.
        if (deterministic) return new PairScore(1, weight, reasons, true, false, IdentifierContradicted: evidence < 0);
        return new PairScore(Probability(weight), weight, reasons, false, neverAutomatic is not null);
    }

    /// <summary>
    /// The match weight of everything but the prior and a conflict of NHS numbers, with its reasons and the comparison
    /// levels it added up (which the evaluation counts to estimate m and u).
    /// </summary>
    internal static (double Weight, List<string> Reasons, List<ComparisonLevel> Levels) Evidence(PreparedIdentity a, PreparedIdentity b, out string? neverAutomatic)
    {
        var reasons = new List<string>();
        var levels = new List<ComparisonLevel>();
        var weight = 0.0;
        void Add(ComparisonLevel level, string reason) { weight += level.Weight; reasons.Add(reason); levels.Add(level); }

        var names = NameComparison.Best(a.Names, b.Names);
        if (names.Given is { } g) Add(g.Level, g.Reason);
        if (names.Family is { } f) Add(f.Level, f.Reason);
        if (names.OnOtherName) reasons.Add("compared on another name (an alias or a previous name)");

        var dob = CompareDateOfBirth(a.DateOfBirth, b.DateOfBirth);
        if (dob is { } d) Add(d.Level, d.Reason);

        if (a.Sex is { } sa && b.Sex is { } sb)
        {
            if (sa == sb) Add(MatchModel.Sex.Agree, "sex matches");
            else Add(MatchModel.Sex.Disagree, "sex differs");
        }

        var postcode = ComparePostcodes(a.Postcodes, b.Postcodes);
        if (postcode is { } pc) Add(pc.Level, pc.Reason);

        if (a.CouncilPersonId is not null && b.CouncilPersonId is not null)
        {
            if (a.CouncilPersonId == b.CouncilPersonId) Add(MatchModel.CouncilPersonId.Equal, "council person id matches");
            else Add(MatchModel.CouncilPersonId.Different, "council person ids differ");
        }
        if (a.PolicePersonReference is not null && b.PolicePersonReference is not null)
        {
            if (a.PolicePersonReference == b.PolicePersonReference) Add(MatchModel.PolicePersonReference.Equal, "police person reference matches");
            else Add(MatchModel.PolicePersonReference.Different, "police person references differ");
        }
        if (a.UniquePupilNumber is { } ua && b.UniquePupilNumber is { } ub && ua != ub
            && !SharedKernel.Subjects.UniquePupilNumber.IsTemporary(ua) && !SharedKernel.Subjects.UniquePupilNumber.IsTemporary(ub))
            Add(MatchModel.UniquePupilNumber.Different, "unique pupil numbers differ");

        // Twins and siblings: a shared family name or home and (for twins) birthday, but a different child.
        neverAutomatic = null;
        // A middle name in common is not enough: twins are often given each other's name, or one name, as a middle name.
        var givenDiffers = names.Given is { } gl && (gl.Level == MatchModel.Given.Different || gl.Level == MatchModel.Given.Similar || gl.Level == MatchModel.Given.Middle);
        var familyShared = names.Family is { } fl && (fl.Level == MatchModel.Family.Exact || fl.Level == MatchModel.Family.Part);
        var homeShared = postcode is { } ph && ph.Level == MatchModel.Postcode.Full;
        if (givenDiffers && (familyShared || homeShared))
        {
            var sameBirthday = dob is { } db && db.Level == MatchModel.DateOfBirth.Exact;
            neverAutomatic = sameBirthday
                ? $"different given names with the same date of birth and {(familyShared ? "family name" : "address")}: possibly twins, never merged automatically"
                : $"different given names with the same {(familyShared ? "family name" : "address")}: possibly siblings, never merged automatically";
            reasons.Add(neverAutomatic);
        }
        return (weight, reasons, levels);
    }

    internal static (ComparisonLevel Level, string Reason)? CompareDateOfBirth(DateOnly? a, DateOnly? b)
    {
        if (a is not { } x || b is not { } y) return null;
        if (x == y) return (MatchModel.DateOfBirth.Exact, "date of birth matches");
        if (x.Year == y.Year && x.Day == y.Month && x.Month == y.Day) return (MatchModel.DateOfBirth.Swapped, "date of birth has day and month swapped");
        var sx = x.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var sy = y.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        if (sx.Zip(sy).Count(p => p.First != p.Second) == 1) return (MatchModel.DateOfBirth.OneDigit, "date of birth differs by one digit");
        if (x.Year == y.Year && x.Month == y.Month) return (MatchModel.DateOfBirth.SameMonth, "date of birth in the same month and year");
        return (MatchModel.DateOfBirth.Different, "dates of birth differ");
    }

    internal static (ComparisonLevel Level, string Reason)? ComparePostcodes(IReadOnlyList<Postcode> a, IReadOnlyList<Postcode> b)
    {
        if (a.Count == 0 || b.Count == 0) return null;
        (ComparisonLevel Level, string Reason) best = (MatchModel.Postcode.Different, "postcodes differ");
        for (var i = 0; i < a.Count; i++)
            for (var j = 0; j < b.Count; j++)
            {
                var previous = i > 0 || j > 0 ? " (a previous address)" : "";
                (ComparisonLevel, string)? level =
                    a[i] == b[j] ? (MatchModel.Postcode.Full, "postcode matches" + previous)
                    : a[i].Sector == b[j].Sector ? (MatchModel.Postcode.Sector, "postcode differs in the last two characters" + previous)
                    : a[i].Outward == b[j].Outward ? (MatchModel.Postcode.District, "postcode in the same district" + previous)
                    : null;
                if (level is { } l && l.Item1.Weight > best.Level.Weight) best = l;
            }
        return best;
    }

    internal static double Similarity(string a, string b) => Jaro.Similarity(a, b);
}
