using System.Globalization;
using System.Text;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.Host.Platform.Identity;

/// <summary>
/// An identity in the form matching compares: names folded to plain lower-case letters and split into parts,
/// identifiers checked and normalised, postcodes without spaces. Prepared once per identity, compared many times.
/// </summary>
internal sealed class PreparedIdentity
{
    public PreparedIdentity(PersonIdentity source)
    {
        Source = source;
        var names = new List<PreparedName> { PreparedName.From(source.GivenNames, source.FamilyName, isOtherName: false) };
        foreach (var other in source.OtherNames)
        {
            var parts = Fold(other);
            if (parts.Count == 0) continue;
            // "Given then family": one word alone is a name the person is known by (an alias such as "Mo").
            names.Add(parts.Count == 1
                ? new PreparedName(parts.ToArray(), [], "", true)
                : new PreparedName(parts.Take(parts.Count - 1).ToArray(), [parts[^1]], parts[^1], true));
        }
        Names = names;
        NhsNumber = SharedKernel.Subjects.NhsNumber.TryNormalise(source.NhsNumber, out var nhs) ? nhs : null;
        UniquePupilNumber = SharedKernel.Subjects.UniquePupilNumber.TryNormalise(source.UniquePupilNumber, out var upn) ? upn : null;
        CouncilPersonId = Reference(source.CouncilPersonId);
        PolicePersonReference = Reference(source.PolicePersonReference);
        Postcodes = source.Addresses.Select(a => Postcode.TryParse(a.Postcode)).OfType<Postcode>().Distinct().ToList();
    }

    public PersonIdentity Source { get; }

    /// <summary>The person's name first, then their other names.</summary>
    public IReadOnlyList<PreparedName> Names { get; }

    public DateOnly? DateOfBirth => Source.DateOfBirth;

    /// <summary>Male or female where stated; not known and not specified say nothing.</summary>
    public PersonSex? Sex => Source.Sex is PersonSex.Male or PersonSex.Female ? Source.Sex : null;

    public string? NhsNumber { get; }
    public string? UniquePupilNumber { get; }
    public string? CouncilPersonId { get; }
    public string? PolicePersonReference { get; }

    /// <summary>Current address first where the agency said so.</summary>
    public IReadOnlyList<Postcode> Postcodes { get; }

    private static string? Reference(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new string(value.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    /// <summary>
    /// Plain lower-case parts: accents dropped (Zoë, Zoe), apostrophes and full stops removed (O'Brien, OBrien),
    /// hyphens and spaces separate parts (Smith-Jones, Smith Jones).
    /// </summary>
    public static List<string> Fold(string? text)
    {
        var parts = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return parts;
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '.') continue;
            var lower = char.ToLowerInvariant(c) switch { 'ł' => 'l', 'ø' => 'o', 'đ' => 'd', 'ı' => 'i', var x => x };
            if (lower is 'æ') { current.Append("ae"); continue; }
            if (lower is 'ß') { current.Append("ss"); continue; }
            if (char.IsAsciiLetterLower(lower)) current.Append(lower);
            else if (current.Length > 0) { parts.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) parts.Add(current.ToString());
        return parts;
    }
}
