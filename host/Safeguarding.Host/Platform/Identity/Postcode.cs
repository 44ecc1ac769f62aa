namespace Safeguarding.Host.Platform.Identity;

/// <summary>A UK postcode split the way comparison uses it: district (outward code), sector, full.</summary>
internal sealed record Postcode(string Outward, string Inward)
{
    public string Full => Outward + " " + Inward;
    public string Sector => Outward + " " + Inward[0];

    public static Postcode? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var compact = new string(text.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        if (compact.Length is < 5 or > 7 || !char.IsAsciiDigit(compact[^3]) || !char.IsAsciiLetter(compact[^1]) || !char.IsAsciiLetter(compact[^2])) return null;
        return new Postcode(compact[..^3], compact[^3..]);
    }
}
