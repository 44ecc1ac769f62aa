namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// NHS numbers with a valid check digit, a different one each call: a child registered with one is a different child
/// from every other, since the registry matches a verified NHS number to the person already holding it.
/// </summary>
public static class TestNhsNumbers
{
    private static int _next = 100_000;

    public static string Next()
    {
        while (true)
        {
            var stem = "999" + Interlocked.Increment(ref _next).ToString("000000");
            var sum = 0;
            for (var i = 0; i < 9; i++) sum += (stem[i] - '0') * (10 - i);
            var check = 11 - sum % 11;
            if (check == 11) check = 0;
            if (check != 10) return stem + check;
        }
    }
}
