using System.Globalization;

namespace Safeguarding.SharedKernel.Web;

/// <summary>Pounds as a page shows them: "£12,345", whole pounds, British format.</summary>
public static class Money
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Show(decimal amount) => amount.ToString("C0", British);
}
