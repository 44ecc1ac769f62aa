using Safeguarding.Host.Platform.Identity;

namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// Turns the addresses of a person's identity into <see cref="HouseholdAddress"/> rows: each address in a compared form
/// (the full postcode and the first line, in capitals, punctuation and the usual street abbreviations folded), hashed with
/// the registry's key. An address without a first line is left out: a postcode alone covers a street, not a home.
/// </summary>
public sealed class HouseholdAddressIndex(BlockingKeyHasher hasher)
{
    private const string Prefix = "household|";

    private static readonly Dictionary<string, string> StreetWords = new(StringComparer.Ordinal)
    {
        ["ROAD"] = "RD", ["STREET"] = "ST", ["AVENUE"] = "AVE", ["LANE"] = "LN", ["DRIVE"] = "DR", ["CLOSE"] = "CL",
        ["COURT"] = "CT", ["PLACE"] = "PL", ["TERRACE"] = "TER", ["CRESCENT"] = "CRES", ["GARDENS"] = "GDNS", ["SQUARE"] = "SQ",
    };

    /// <summary>The compared form of an address; null when it cannot place a home (no first line, or no valid postcode).</summary>
    public static string? KeyOf(PersonAddress address)
    {
        if (Postcode.TryParse(address.Postcode) is not { } postcode || string.IsNullOrWhiteSpace(address.Line)) return null;
        var letters = address.Line.ToUpperInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray();
        var words = new string(letters).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => StreetWords.GetValueOrDefault(w, w)).ToList();
        return words.Count == 0 ? null : $"{Prefix}{postcode.Full}|{string.Join(' ', words)}";
    }

    /// <summary>The rows for <paramref name="identity"/>'s addresses; one per address, its dates widened if the person lived there twice.</summary>
    public async Task<IReadOnlyList<HouseholdAddress>> RowsForAsync(Guid subjectId, PersonIdentity identity, CancellationToken ct)
    {
        var rows = new List<HouseholdAddress>();
        foreach (var stay in identity.Addresses.Select(a => (Key: KeyOf(a), Address: a)).Where(a => a.Key is not null).GroupBy(a => a.Key!))
        {
            var hash = (await hasher.HashAsync([stay.Key], ct))[0];
            var from = stay.Any(s => s.Address.From is null) ? null : stay.Min(s => s.Address.From);
            var to = stay.Any(s => s.Address.To is null) ? null : stay.Max(s => s.Address.To);
            rows.Add(new HouseholdAddress { SubjectId = subjectId, AddressHash = hash, From = from, To = to });
        }
        return rows;
    }
}
