using System.Collections;
using System.Diagnostics;

namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// How a test waits for what happens in the background (event delivery, a read model catching up, a host process
/// starting). The limits are generous, because the machine may be busy with other builds: a wait runs to its limit
/// only when it fails, so a passing test is as quick as the machine allows. A wait that fails says what it waited for
/// and what it saw last, so the failure reads as a finding and not as "expected True".
/// </summary>
public static class Waits
{
    /// <summary>For anything inside a host: events delivered, a sweep run, a read model rebuilt.</summary>
    public static readonly TimeSpan Background = TimeSpan.FromMinutes(3);

    /// <summary>For a host process to start (runtime, migrations, demo data) on a loaded two-core machine.</summary>
    public static readonly TimeSpan ProcessStart = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Looks until <paramref name="done"/> holds for what <paramref name="look"/> sees, and returns that. Fails after
    /// <paramref name="within"/> (default <see cref="Background"/>) with "Waited 3 min for {waitingFor}; last saw ...".
    /// </summary>
    public static async Task<T> UntilAsync<T>(string waitingFor, Func<Task<T>> look, Func<T, bool> done, TimeSpan? within = null)
    {
        var limit = within ?? Background;
        var waited = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            var seen = await look();
            if (done(seen)) return seen;
            if (waited.Elapsed >= limit) throw new TimeoutException($"Waited {Show(limit)} for {waitingFor}; last saw {Show(seen)}.");
            await Task.Delay(pause);
            pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 1000));
        }
    }

    /// <summary>Waits until <paramref name="look"/> sees the same thing <paramref name="times"/> looks in a row, a pause
    /// apart: for "nothing is being written any more" before a test counts rows.</summary>
    public static async Task<T> UntilSteadyAsync<T>(string waitingFor, Func<Task<T>> look, int times = 3, TimeSpan? within = null)
    {
        var last = await look();
        var same = 0;
        return await UntilAsync(waitingFor, async () =>
        {
            await Task.Delay(300);
            var now = await look();
            same = Equals(now, last) ? same + 1 : 0;
            last = now;
            return now;
        }, _ => same >= times, within);
    }

    public static string Show(TimeSpan span) => span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0.#} min" : $"{span.TotalSeconds:0.#} s";

    private static string Show(object? seen) => seen switch
    {
        null => "nothing",
        string s => '"' + (s.Length > 2000 ? s[..2000] + "..." : s) + '"',
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Take(50).Select(Show)) + "]",
        _ => seen.ToString() ?? "nothing",
    };
}
