namespace Safeguarding.Host.Platform.Identity;

/// <summary>
/// Compares two people's names: given names (exact, a form of the name, another spelling, sounding alike, a typing
/// error, a middle name), family names (exact, one part of a hyphenated or double-barrelled name, another spelling,
/// sounding alike, a typing error), and the two transposed. Every name of one person is compared with every name of the
/// other (aliases, previous names) and the strongest pairing counts.
/// </summary>
internal sealed record NameComparison((ComparisonLevel Level, string Reason)? Given, (ComparisonLevel Level, string Reason)? Family, bool OnOtherName)
{
    /// <summary>Jaro-Winkler similarity at or above which two names differ by a typing error.</summary>
    public const double TypingSimilarity = 0.92;

    /// <summary>Jaro-Winkler similarity at or above which two names count as similar.</summary>
    public const double SimilarSimilarity = 0.80;

    private double Weight => (Given?.Level.Weight ?? 0) + (Family?.Level.Weight ?? 0);

    public static NameComparison Best(IReadOnlyList<PreparedName> a, IReadOnlyList<PreparedName> b)
    {
        NameComparison? best = null;
        foreach (var x in a)
            foreach (var y in b)
            {
                var c = Compare(x, y);
                if (best is null || c.Weight > best.Weight) best = c;
            }
        return best!;
    }

    private static NameComparison Compare(PreparedName a, PreparedName b)
    {
        var other = a.IsOtherName || b.IsOtherName;
        var given = a.Given.Length > 0 && b.Given.Length > 0 ? CompareGiven(a.Given, b.Given) : ((ComparisonLevel, string)?)null;
        var family = a.Family.Length > 0 && b.Family.Length > 0 ? CompareFamily(a, b) : ((ComparisonLevel, string)?)null;

        // Transposed: the given name of one is the family name of the other, and the other way round.
        if (a.Given.Length > 0 && b.Given.Length > 0 && a.Family.Length > 0 && b.Family.Length > 0
            && (given?.Item1.Weight ?? 0) + (family?.Item1.Weight ?? 0) < MatchModel.Given.Transposed.Weight + MatchModel.Family.Transposed.Weight
            && Alike(a.Given[0], b.Family) && Alike(b.Given[0], a.Family))
        {
            return new NameComparison((MatchModel.Given.Transposed, "given and family names are transposed"),
                (MatchModel.Family.Transposed, "family name found as the given name"), other);
        }
        return new NameComparison(given, family, other);
    }

    private static bool Alike(string name, string[] parts) =>
        parts.Any(p => p == name || NameForms.Relate(p, name) != NameRelation.None || Nysiis.Code(p) == Nysiis.Code(name)
            || IdentityMatcher.Similarity(p, name) >= TypingSimilarity);

    private static (ComparisonLevel, string) CompareGiven(string[] a, string[] b)
    {
        if (a[0] == b[0]) return (MatchModel.Given.Exact, "given name matches");
        switch (NameForms.Relate(a[0], b[0]))
        {
            case NameRelation.Form: return (MatchModel.Given.Form, "one given name is a short or formal form of the other");
            case NameRelation.Spelling: return (MatchModel.Given.Form, "the given names are spellings of one name");
        }
        if (Nysiis.Code(a[0]) == Nysiis.Code(b[0])) return (MatchModel.Given.Phonetic, "the given names sound alike");
        var similarity = IdentityMatcher.Similarity(a[0], b[0]);
        if (similarity >= TypingSimilarity) return (MatchModel.Given.Typing, "the given names differ by a typing error");
        foreach (var x in a)
            foreach (var y in b)
                if (x == y || NameForms.Relate(x, y) != NameRelation.None)
                    return (MatchModel.Given.Middle, "a given name matches a middle name");
        if (similarity >= SimilarSimilarity) return (MatchModel.Given.Similar, "the given names are similar");
        return (MatchModel.Given.Different, "the given names differ");
    }

    private static (ComparisonLevel, string) CompareFamily(PreparedName a, PreparedName b)
    {
        if (a.FamilyJoined == b.FamilyJoined) return (MatchModel.Family.Exact, "family name matches");
        if (a.Family.Length > 1 || b.Family.Length > 1)
        {
            foreach (var x in a.Family)
                foreach (var y in b.Family)
                    if (x == y)
                        return (MatchModel.Family.Part, "one family name is part of the other (a double-barrelled name)");
        }
        if (NameForms.Relate(a.FamilyJoined, b.FamilyJoined) == NameRelation.Spelling)
            return (MatchModel.Family.Part, "the family names are spellings of one name");
        if (Nysiis.Code(a.FamilyJoined) == Nysiis.Code(b.FamilyJoined)) return (MatchModel.Family.Phonetic, "the family names sound alike");
        var similarity = IdentityMatcher.Similarity(a.FamilyJoined, b.FamilyJoined);
        if (similarity >= TypingSimilarity) return (MatchModel.Family.Typing, "the family names differ by a typing error");
        if (similarity >= SimilarSimilarity) return (MatchModel.Family.Similar, "the family names are similar");
        return (MatchModel.Family.Different, "the family names differ");
    }
}
