using System.Text;

namespace Safeguarding.SharedKernel.Domain;

/// <summary>
/// The name of a piece of reference data (a partner agency, an education setting, a body) as the partnership compares
/// it: "barnardo's", " Barnardo’s " and "BARNARDO'S" are one agency. Two names with the same <see cref="Key"/> cannot
/// both be stored (a unique index on the key holds it), and a name typed into a record is matched by its key.
/// </summary>
public static class ReferenceName
{
    /// <summary>The name with surrounding spaces removed and inner runs of white space made one space, as it is stored.</summary>
    public static string Tidy(string name)
    {
        var tidy = new StringBuilder(name.Length);
        foreach (var part in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (tidy.Length > 0) tidy.Append(' ');
            tidy.Append(part);
        }
        return tidy.ToString();
    }

    /// <summary>What two names must share to be the same: tidied, letter case folded, curly apostrophes made straight.</summary>
    public static string Key(string name) =>
        Tidy(name).Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u02BC', '\'').ToUpperInvariant();
}
