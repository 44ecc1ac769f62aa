using System.Text;

namespace Safeguarding.Host.Platform.Identity;

/// <summary>
/// The New York State Identification and Intelligence System phonetic code (Taft, 1970): names that sound alike get
/// one code (Katherine and Catherine, Mohamed and Muhammad, Smith and Smyth). Chosen over Soundex because it keeps
/// vowel positions and maps K to C and PH to FF, and written here because no phonetic-key library is in the registry
/// this project builds from (decision 0021). Untruncated: the length limit of the original throws away evidence.
/// </summary>
internal static class Nysiis
{
    public static string Code(string name)
    {
        var letters = new StringBuilder(name.Length);
        foreach (var c in name) if (char.IsAsciiLetter(c)) letters.Append(char.ToUpperInvariant(c));
        if (letters.Length == 0) return "";
        var s = letters.ToString();

        // The name's start and end.
        if (s.StartsWith("MAC", StringComparison.Ordinal)) s = "MCC" + s[3..];
        else if (s.StartsWith("KN", StringComparison.Ordinal)) s = "NN" + s[2..];
        else if (s.StartsWith('K')) s = "C" + s[1..];
        else if (s.StartsWith("PH", StringComparison.Ordinal) || s.StartsWith("PF", StringComparison.Ordinal)) s = "FF" + s[2..];
        else if (s.StartsWith("SCH", StringComparison.Ordinal)) s = "SSS" + s[3..];
        if (s.EndsWith("EE", StringComparison.Ordinal) || s.EndsWith("IE", StringComparison.Ordinal)) s = s[..^2] + "Y";
        else if (s.Length >= 2 && s[^2..] is "DT" or "RT" or "RD" or "NT" or "ND") s = s[..^2] + "D";

        var chars = s.ToCharArray();
        var key = new StringBuilder(chars.Length);
        key.Append(chars[0]);
        for (var i = 1; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c == 'E' && i + 1 < chars.Length && chars[i + 1] == 'V') { chars[i] = 'A'; chars[i + 1] = 'F'; }
            else if (IsVowel(c)) chars[i] = 'A';
            else if (c == 'Q') chars[i] = 'G';
            else if (c == 'Z') chars[i] = 'S';
            else if (c == 'M') chars[i] = 'N';
            else if (c == 'K') chars[i] = i + 1 < chars.Length && chars[i + 1] == 'N' ? 'N' : 'C';
            else if (c == 'S' && i + 2 < chars.Length && chars[i + 1] == 'C' && chars[i + 2] == 'H') { chars[i + 1] = 'S'; chars[i + 2] = 'S'; }
            else if (c == 'P' && i + 1 < chars.Length && chars[i + 1] == 'H') { chars[i] = 'F'; chars[i + 1] = 'F'; }
            else if (c == 'H' && (!IsVowel(chars[i - 1]) || (i + 1 < chars.Length && !IsVowel(chars[i + 1])))) chars[i] = chars[i - 1];
            else if (c == 'W' && IsVowel(chars[i - 1])) chars[i] = chars[i - 1];
            if (chars[i] != key[^1]) key.Append(chars[i]);
        }

        if (key.Length > 1 && key[^1] == 'S') key.Length--;
        if (key.Length > 2 && key[^2] == 'A' && key[^1] == 'Y') { key.Length -= 2; key.Append('Y'); }
        if (key.Length > 1 && key[^1] == 'A') key.Length--;
        return key.ToString();
    }

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
