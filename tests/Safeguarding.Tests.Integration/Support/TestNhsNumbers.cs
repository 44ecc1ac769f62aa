using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// NHS numbers with a valid check digit, a different one each call: a child registered with one is a different child
/// from every other, since the registry matches a verified NHS number to the person already holding it.
/// </summary>
public static class TestNhsNumbers
{
    private static int _next = 100_000;

    /// <summary>The next nine-digit stem that has a check digit (a tenth of stems have none), with it.</summary>
    public static string Next()
    {
        while (true)
        {
            var stem = "999" + Interlocked.Increment(ref _next).ToString("000000");
            foreach (var check in "0123456789")
                if (NhsNumber.IsValid(stem + check)) return stem + check;
        }
    }
}
