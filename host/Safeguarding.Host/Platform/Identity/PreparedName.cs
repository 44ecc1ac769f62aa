namespace Safeguarding.Host.Platform.Identity;

/// <summary>One name of a person, folded: given names in order, the parts of the family name, and those parts joined.</summary>
internal sealed record PreparedName(string[] Given, string[] Family, string FamilyJoined, bool IsOtherName)
{
    public static PreparedName From(string given, string family, bool isOtherName)
    {
        var f = PreparedIdentity.Fold(family);
        return new PreparedName(PreparedIdentity.Fold(given).ToArray(), f.ToArray(), string.Concat(f), isOtherName);
    }
}
