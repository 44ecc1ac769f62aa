using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.Bench;

/// <summary>
/// Public Protection Notice intake: ingests notices through the GraphQL batch mutation (recordProtectionNotices) of the
/// real host on SQLite, and times the delivery of their ProtectionNoticeReceived events to Scrutiny's read model.
///   dotnet run -c Release --project bench/Safeguarding.Bench -- intake [--notices 100000] [--batch 1000] [--children 2000] [--clients 1] [--by-identity]
/// Each notice names one or two children from a pool of registered children (half of them at subscribed schools, so
/// Operation Encompass notifications are made too) and one victim from a pool of adults; with --by-identity, by name,
/// date of birth and (nine in ten) NHS number, each matched against the registry, instead of by registry id. With
/// several clients, each sends the next batch waiting as soon as its last one is answered.
/// </summary>
public static class IntakeBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        int notices = 100_000, batch = 1000, pool = 2000, senders = 1;
        var byIdentity = args.Contains("--by-identity");
        args = [.. args.Where(a => a != "--by-identity")];
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1]);
            switch (args[i])
            {
                case "--notices": notices = value; break;
                case "--batch": batch = value; break;
                case "--children": pool = value; break;
                case "--clients": senders = value; break;
                default: Console.Error.WriteLine($"Unknown option {args[i]}"); return 2;
            }
        }

        var folder = Path.Combine(Path.GetTempPath(), "safeguarding-bench", Guid.NewGuid().ToString("N"));
        var settings = BenchProgram.HostSettings("Sqlite", folder);
        var rows = new List<(string Measure, string Value)>();
        try
        {
            await using var host = new BenchHost(settings);
            var client = host.CreateClient();
            var dana = BenchProgram.Token(host, settings, "dana.domesticabuse");

            var clock = Stopwatch.StartNew();
            var feed = await NoticeFeed.RegisterChildrenAsync(client, dana, pool, byIdentity);
            rows.Add(($"setup: {pool} children registered{(byIdentity ? " with name, date of birth and NHS number" : "")}, half linked to schools", $"{clock.Elapsed.TotalSeconds:F1} s"));
            var batches = Enumerable.Range(0, (notices + batch - 1) / batch).Select(b => feed.Next(Math.Min(batch, notices - b * batch))).ToList();

            await BusBench.DrainedAsync(host);
            var after = await BusBench.LastNoticeEventAsync(host);
            var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
            var stored = 0;
            var queue = new System.Collections.Concurrent.ConcurrentQueue<object[]>(batches);
            clock.Restart();
            await Task.WhenAll(Enumerable.Range(0, senders).Select(_ => Task.Run(async () =>
            {
                var sender = host.CreateClient();
                while (queue.TryDequeue(out var chunk))
                {
                    var t = Stopwatch.GetTimestamp();
                    var count = await NoticeFeed.SendAsync(sender, dana, chunk);
                    latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
                    Interlocked.Add(ref stored, count);
                }
            })));
            var ingest = clock.Elapsed.TotalSeconds;
            if (stored != notices) throw new InvalidOperationException($"Stored {stored} of {notices} notices.");
            rows.Add(($"recordProtectionNotices: {notices} notices in batches of {batch}, {senders} client{(senders == 1 ? "" : "s")}, children named by {(byIdentity ? "identity, matched against the registry" : "registry id")}", $"{notices / ingest:F0} notices/s ({ingest:F1} s), per batch p50 {BenchProgram.P([.. latencies], 50):F0} ms, p95 {BenchProgram.P([.. latencies], 95):F0} ms"));

            await BusBench.DrainedAsync(host);
            rows.Add(($"deliver {notices} ProtectionNoticeReceived events to Scrutiny's read model", $"all delivered {clock.Elapsed.TotalSeconds:F1} s after the first batch was sent ({clock.Elapsed.TotalSeconds - ingest:F1} s after the last was stored)"));
            var lags = (await BusBench.LagsAsync(host, after)).Select(l => l.Lag).ToList();
            rows.Add(("outbox delivery lag (publication to delivery commit)", BusBench.Summary(lags)));
            GC.Collect();
            rows.Add(("host memory after the run", $"{Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024} MiB working set, {GC.GetTotalMemory(false) / 1024 / 1024} MiB managed"));
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }

        Console.WriteLine($"Intake benchmark. Provider: Sqlite; {Environment.ProcessorCount} cores; .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}");
        Console.WriteLine();
        Console.WriteLine("| measure | result |");
        Console.WriteLine("|---|---|");
        foreach (var (measure, value) in rows) Console.WriteLine($"| {measure} | {value} |");
        return 0;
    }
}
