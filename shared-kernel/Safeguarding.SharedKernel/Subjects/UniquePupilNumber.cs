using System.Diagnostics.CodeAnalysis;

namespace Safeguarding.SharedKernel.Subjects;

/// <summary>
/// The Department for Education's Unique Pupil Number: 13 characters, a check letter then twelve characters: the local
/// authority (3 digits), the establishment (4), the year (2) and a serial (3 digits; a temporary UPN has 2 digits and
/// a letter). The check letter is the sum of characters 2 to 13, each multiplied by its position (2 to 13), modulo 23,
/// written with the letters A to Z less I, O and S (0 is A, 22 is Z); a temporary UPN's final letter counts as its
/// value in the same alphabet.
/// </summary>
public static class UniquePupilNumber
{
    /// <summary>The 23 letters a check letter (or a temporary UPN's last character) is written with.</summary>
    private const string Letters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>True for a UPN (spaces allowed, letters in either case) whose check letter is right.</summary>
    public static bool IsValid([NotNullWhen(true)] string? number) => TryNormalise(number, out _);

    /// <summary>True for a valid UPN that ends in a letter: issued by a school until the permanent one is known.</summary>
    public static bool IsTemporary(string? number) => TryNormalise(number, out var upn) && char.IsAsciiLetter(upn[12]);

    /// <summary>The 13 characters without spaces, letters in upper case, when the UPN is valid.</summary>
    public static bool TryNormalise([NotNullWhen(true)] string? number, [NotNullWhen(true)] out string? upn)
    {
        upn = null;
        if (string.IsNullOrWhiteSpace(number)) return false;
        Span<char> u = stackalloc char[13];
        var n = 0;
        foreach (var c in number)
        {
            if (c == ' ') continue;
            if (n == 13) return false;
            u[n++] = char.ToUpperInvariant(c);
        }
        if (n != 13 || Letters.IndexOf(u[0]) < 0) return false;
        var sum = 0;
        for (var position = 2; position <= 13; position++)
        {
            var c = u[position - 1];
            int value;
            if (char.IsAsciiDigit(c)) value = c - '0';
            else if (position == 13 && Letters.IndexOf(c) >= 0) value = Letters.IndexOf(c);
            else return false;
            sum += value * position;
        }
        if (Letters[sum % 23] != u[0]) return false;
        upn = new string(u);
        return true;
    }

    /// <summary>The check letter for the twelve characters after it: used to write a UPN, and by test data.</summary>
    public static char CheckLetter(string twelve)
    {
        if (twelve.Length != 12) throw new ArgumentException("A UPN has twelve characters after its check letter.", nameof(twelve));
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var c = char.ToUpperInvariant(twelve[i]);
            var value = char.IsAsciiDigit(c) ? c - '0' : i == 11 ? Letters.IndexOf(c) : -1;
            if (value < 0) throw new ArgumentException("Only the last character of a UPN may be a letter (not I, O or S).", nameof(twelve));
            sum += value * (i + 2);
        }
        return Letters[sum % 23];
    }
}
