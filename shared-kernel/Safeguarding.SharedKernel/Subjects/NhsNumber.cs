using System.Diagnostics.CodeAnalysis;

namespace Safeguarding.SharedKernel.Subjects;

/// <summary>
/// The NHS number: ten digits, the last a modulus 11 check digit over the first nine (weights 10 down to 2). A number
/// whose check digit would be 10 is never issued. Agencies write it with spaces (943 476 5919); the registry keeps the
/// ten digits.
/// </summary>
public static class NhsNumber
{
    /// <summary>True for ten digits (spaces allowed) whose check digit is right.</summary>
    public static bool IsValid([NotNullWhen(true)] string? number) => TryNormalise(number, out _);

    /// <summary>The ten digits without spaces, when the number is valid.</summary>
    public static bool TryNormalise([NotNullWhen(true)] string? number, [NotNullWhen(true)] out string? digits)
    {
        digits = null;
        if (string.IsNullOrWhiteSpace(number)) return false;
        Span<char> d = stackalloc char[10];
        var n = 0;
        foreach (var c in number)
        {
            if (c == ' ') continue;
            if (!char.IsAsciiDigit(c) || n == 10) return false;
            d[n++] = c;
        }
        if (n != 10) return false;
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (d[i] - '0') * (10 - i);
        var check = 11 - sum % 11;
        if (check == 11) check = 0;
        if (check == 10 || check != d[9] - '0') return false;
        digits = new string(d);
        return true;
    }
}
