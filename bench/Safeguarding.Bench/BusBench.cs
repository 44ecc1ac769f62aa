using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.SharedKernel.Events;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Persistence;

namespace Safeguarding.Bench;

/// <summary>
/// Whether the event bus keeps up with intake. Lag is measured from the stored data: from each notice event's
/// publication (the Domestic Abuse outbox) to the commit of its delivery to Scrutiny's read model (Scrutiny's inbox).
///   dotnet run -c Release --project bench/Safeguarding.Bench -- bus [--rate 2000] [--seconds 60] [--burst 100000] [--cost 20000] [--children 2000] [--measure all|cpu|delivery] [--on-arrival true|false]
///   dotnet run -c Release --project bench/Safeguarding.Bench -- bus --provider PostgreSql --server "Host=...;Username=..." [--events 20000]
/// SQLite: the CPU cost of delivery against the intake's own, sustained intake at a fixed rate through GraphQL, and a
/// burst. PostgreSQL: delivery by one host process, by two sharing the database, and by two of which one is killed
/// mid-run (each event must reach its handler exactly once).
/// </summary>
public static class BusBench
{
    private static readonly string NoticeEvent = IntegrationEventHandlers.NameOf(typeof(ProtectionNoticeReceived));

    public static async Task<int> RunAsync(string[] args)
    {
        // The host's steady state, not the JIT's warm-up: .NET compiles a method fully only once no other method has been compiled
        // for 100 ms, and a host that keeps compiling queries postpones that for minutes, so counted rounds fell from
        // about 100 to 45 µs an event one after another. Without the delay, every round measures optimised code.
        if (Environment.GetEnvironmentVariable(PromptTierUp) != "0") return await RunAgainWithPromptTierUpAsync(args);
        var o = new Dictionary<string, string>
        {
            ["--rate"] = "2000", ["--seconds"] = "60", ["--burst"] = "100000", ["--cost"] = "20000", ["--children"] = "2000",
            ["--provider"] = "Sqlite", ["--events"] = "20000", ["--measure"] = "all", ["--on-arrival"] = "true",
        };
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!o.ContainsKey(args[i]) && args[i] != "--server") { Console.Error.WriteLine($"Unknown option {args[i]}"); return 2; }
            o[args[i]] = args[i + 1];
        }
        var rows = new List<(string Measure, string Value)>();
        OnArrival = o["--on-arrival"];
        var postgres = o["--provider"].Equals("postgresql", StringComparison.OrdinalIgnoreCase);
        if (postgres && !o.ContainsKey("--server")) { Console.Error.WriteLine("--provider PostgreSql needs --server \"Host=...;Username=...\"."); return 2; }
        if (postgres) await PostgresAsync(o["--server"], int.Parse(o["--events"]), rows);
        else if (o["--measure"] == "delivery") await DeliveryAloneAsync(int.Parse(o["--cost"]), rows);
        else if (o["--measure"] == "cpu") await CpuComparisonAsync(int.Parse(o["--cost"]), int.Parse(o["--children"]), rows);
        else await SqliteAsync(int.Parse(o["--rate"]), int.Parse(o["--seconds"]), int.Parse(o["--burst"]), int.Parse(o["--cost"]), int.Parse(o["--children"]), rows);

        Console.WriteLine($"Event bus benchmark. Provider: {(postgres ? "PostgreSql" : "Sqlite")}; {Environment.ProcessorCount} cores; .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}");
        Console.WriteLine();
        Console.WriteLine("| measure | result |");
        Console.WriteLine("|---|---|");
        foreach (var (measure, value) in rows) Console.WriteLine($"| {measure} | {value} |");
        return 0;
    }

    /// <summary>EventBus:DeliverOnArrival for the hosts that deliver (<c>--on-arrival false</c> compares without it).</summary>
    private static string OnArrival = "true";

    private const string PromptTierUp = "DOTNET_TC_CallCountingDelayMs";

    /// <summary>Runs this command again in a child process with <see cref="PromptTierUp"/> set to 0 (a runtime setting
    /// read only at start), its output going where this one's goes.</summary>
    private static async Task<int> RunAgainWithPromptTierUpAsync(string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.ArgumentList.Add(typeof(BusBench).Assembly.Location);
        foreach (var arg in new[] { "bus" }.Concat(args)) start.ArgumentList.Add(arg);
        start.Environment[PromptTierUp] = "0";
        using var child = Process.Start(start)!;
        await child.WaitForExitAsync();
        return child.ExitCode;
    }

    /// <summary>Only the CPU comparison of intake with the bus stopped and with it on (<c>--measure cpu</c>).</summary>
    private static async Task CpuComparisonAsync(int cost, int pool, List<(string, string)> rows)
    {
        await using var run = await StartAsync([]);
        await CpuComparisonAsync(run, cost, pool, rows);
    }

    private static async Task<NoticeFeed> CpuComparisonAsync(BenchRun run, int cost, int pool, List<(string, string)> rows)
    {
        // 1. What delivery adds to the CPU cost of intake: the same notices into a host whose bus is off, then into one
        //    whose bus is on, counting this process's CPU time until every event is delivered. Both hosts are started
        //    first and stay up until the end, so that neither one's start nor the other's shutdown is counted.
        var notices = await NoticeFeed.RegisterChildrenAsync(run.Client, run.Token, pool);
        await DrainedAsync(run.Host);
        // The quiet host starts with its bus on, so that what modules learn from each other (Domestic Abuse's list of the
        // partnership's agencies, from Governance) arrives as in any host; then its bus stops: its notices still reach
        // the outbox, in the same transaction as the notice, and are never delivered.
        await using var quiet = await StartAsync([]);
        var feed = await NoticeFeed.RegisterChildrenAsync(quiet.Client, quiet.Token, pool);
        await DrainedAsync(quiet.Host);
        await quiet.Host.Services.GetRequiredService<IntegrationEventBus>().StopAsync(CancellationToken.None);
        // Warm-up rounds first (WarmUpRounds), so that neither side pays for compiling the intake; then rounds that alternate between
        // the hosts, so that whatever else the machine does falls on both alike. The median round is the figure.
        for (var round = 0; round < WarmUpRounds; round++) await CpuRoundAsync(quiet, feed, run, notices, cost);
        var rounds = new List<CpuRound>();
        for (var round = 0; round < CpuRounds; round++) rounds.Add(await CpuRoundAsync(quiet, feed, run, notices, cost));
        var median = rounds.OrderBy(r => r.Added).ElementAt(rounds.Count / 2);
        rows.Add(($"CPU of intake, {CpuRounds} rounds of {cost} notices in batches of 1000 (every notice stored): bus stopped / bus on until all delivered, the median round",
            $"{median.WithoutBus * 1e6 / cost:F0} / {median.WithBus * 1e6 / cost:F0} µs a notice ({median.WhileSending * 1e6 / cost:F0} while sending): " +
            $"delivery adds {median.Added:F0}% (rounds: {string.Join(", ", rounds.Select(r => $"{r.Added:+0;-0}%"))})"));

        return notices;
    }

    private static async Task SqliteAsync(int rate, int seconds, int burst, int cost, int pool, List<(string, string)> rows)
    {
        await using var run = await StartAsync([]);
        var notices = await CpuComparisonAsync(run, cost, pool, rows);
        await DeliveryAloneAsync(run.Host, cost, rows);

        // 2. Sustained intake at a fixed rate, in batches every 100 ms; the backlog is sampled every second.
        var perBatch = Math.Max(1, rate / 10);
        var after = await LastNoticeEventAsync(run.Host);
        var backlog = new List<int>();
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                backlog.Add(await BacklogAsync(run.Host));
                try { await Task.Delay(1000, sampling.Token); } catch (OperationCanceledException) { }
            }
        });
        var clock = Stopwatch.StartNew();
        var sent = 0;
        for (var tick = 0; tick < seconds * 10; tick++)
        {
            var due = TimeSpan.FromMilliseconds(100 * tick) - clock.Elapsed;
            if (due > TimeSpan.Zero) await Task.Delay(due);
            sent += await NoticeFeed.SendAsync(run.Client, run.Token, notices.Next(perBatch));
        }
        var intakeSeconds = clock.Elapsed.TotalSeconds;
        await DrainedAsync(run.Host);
        await sampling.CancelAsync();
        await sampler;
        var sustained = await LagsAsync(run.Host, after);
        var worstSecond = sustained.GroupBy(l => l.Second).Select(g => P(g.Select(l => l.Lag).ToList(), 99)).Max();
        rows.Add(($"sustained intake: {perBatch} notices every 100 ms for {seconds} s", $"{sent / intakeSeconds:F0} notices/s stored ({sent} notices)"));
        rows.Add(("  delivery lag to Scrutiny's read model (publication to delivery commit)", Summary(sustained.Select(l => l.Lag).ToList()) + $"; worst one-second window p99 {worstSecond:F0} ms"));
        var third = Math.Max(1, backlog.Count / 3);
        rows.Add(("  backlog (events not yet relayed or delivered) sampled each second",
            $"mean {backlog.Take(third).Average():F0} in the first third, {backlog.Skip(backlog.Count - third).Average():F0} in the last third; max {backlog.Max()}"));

        // 3. A burst as fast as one client can send it.
        after = await LastNoticeEventAsync(run.Host);
        clock.Restart();
        await SendAllAsync(run, notices, burst, 1000);
        var stored = clock.Elapsed;
        await DrainedAsync(run.Host, untilMarked: false);
        var drained = clock.Elapsed;
        await DrainedAsync(run.Host);
        var lags = await LagsAsync(run.Host, after);
        rows.Add(($"burst: {burst} notices in batches of 1000, 1 client", $"{burst / stored.TotalSeconds:F0} notices/s stored ({stored.TotalSeconds:F1} s)"));
        rows.Add(("  every event delivered", $"{(drained - stored).TotalSeconds:F1} s after the last batch was stored"));
        rows.Add(("  delivery lag to Scrutiny's read model", Summary(lags.Select(l => l.Lag).ToList())));
        GC.Collect();
        rows.Add(("host memory after the run", $"{Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024} MiB working set, {GC.GetTotalMemory(false) / 1024 / 1024} MiB managed"));
    }

    private static async Task PostgresAsync(string server, int events, List<(string, string)> rows)
    {
        var database = "sg_busbench_" + DateTime.UtcNow.ToString("yyyyMMddHHmmss");
        await BenchProgram.Admin(server, $"CREATE DATABASE \"{database}\"");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var processes = new List<HostProcess>();
        try
        {
            // This process only publishes and counts: its own bus is off. The instances that deliver are the host itself,
            // run as separate processes on the same database, as behind a load balancer.
            await using var publisher = await StartAsync(new() { ["EventBus:Enabled"] = "false", ["Database:ConnectionString"] = connection }, "PostgreSql");
            var settings = new Dictionary<string, string?>(publisher.Settings) { ["EventBus:Enabled"] = "true" };

            var one = HostProcess.Start(settings);
            processes.Add(one);
            await one.ReadyAsync();
            await DrainedAsync(publisher.Host);
            var single = await DeliverAsync(publisher.Host, events, kill: null);
            rows.Add(($"one host instance delivers {events} notice events", $"{single.Rate:F0}/s; the machine's CPU {single.MachineBusy:F0}% busy"));

            var two = HostProcess.Start(settings);
            processes.Add(two);
            await two.ReadyAsync();
            var both = await DeliverAsync(publisher.Host, events, kill: null);
            rows.Add(($"two host instances deliver {events} notice events", $"{both.Rate:F0}/s ({both.Rate / single.Rate:F2} times one); the machine's CPU {both.MachineBusy:F0}% busy"));

            var killed = await DeliverAsync(publisher.Host, events, kill: two);
            rows.Add(($"two instances, one killed (SIGKILL) after {killed.KilledAfter} of {events} deliveries",
                $"{killed.Handled} of {events} delivered, {killed.Twice} delivered twice, {killed.Missing} missing"));
            if (killed.Twice + killed.Missing + single.Twice + single.Missing + both.Twice + both.Missing > 0)
                throw new InvalidOperationException("An event was lost or delivered twice.");
        }
        finally
        {
            foreach (var process in processes) process.Dispose();
            NpgsqlConnection.ClearAllPools();
            await BenchProgram.Admin(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private sealed record Delivery(double Rate, int Handled, int Twice, int Missing, int KilledAfter, double MachineBusy);

    /// <summary>The machine's busy and total CPU time so far (Linux /proc/stat, in clock ticks); zeros elsewhere.</summary>
    private static (long Busy, long Total) MachineCpu()
    {
        if (!File.Exists("/proc/stat")) return (0, 0);
        var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        var idle = ticks[3] + ticks[4]; // idle and iowait
        return (ticks.Sum() - idle, ticks.Sum());
    }

    /// <summary>Publishes the notice events straight into the Domestic Abuse outbox and waits for Scrutiny to have them all.</summary>
    private static async Task<Delivery> DeliverAsync(BenchHost host, int events, HostProcess? kill)
    {
        var cpuBefore = MachineCpu();
        var ids = await PublishNoticeEventsAsync(host, events);
        var killedAfter = 0;
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (true)
        {
            var handled = await ScopedAsync(host, sp => sp.GetRequiredService<ScrutinyDbContext>().Inbox.CountAsync(i => ids.Contains(i.MessageId) && i.ProcessedAt != null));
            if (kill is not null && killedAfter == 0 && handled >= events / 3) { kill.KillHard(); killedAfter = handled; }
            if (handled >= events) break;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{handled} of {events} events delivered after 15 minutes.");
            await Task.Delay(200);
        }
        var cpuAfter = MachineCpu();
        var busy = cpuAfter.Total == cpuBefore.Total ? 0 : 100.0 * (cpuAfter.Busy - cpuBefore.Busy) / (cpuAfter.Total - cpuBefore.Total);
        await Task.Delay(1000); // a wrong second delivery would show by now
        return await ScopedAsync(host, async sp =>
        {
            var inbox = await sp.GetRequiredService<ScrutinyDbContext>().Inbox.AsNoTracking().Where(i => ids.Contains(i.MessageId))
                .Select(i => new { i.MessageId, i.ReceivedAt, i.ProcessedAt, i.Attempts }).ToListAsync();
            var processed = inbox.Where(i => i.ProcessedAt != null).ToList();
            var seconds = (processed.Max(i => i.ProcessedAt!.Value) - inbox.Min(i => i.ReceivedAt)).TotalSeconds;
            return new Delivery(processed.Count / seconds, processed.Select(i => i.MessageId).Distinct().Count(),
                processed.Count(i => i.Attempts > 1), events - processed.Select(i => i.MessageId).Distinct().Count(), killedAfter, busy);
        });
    }

    /// <summary>Only the CPU of delivery alone (<c>--measure delivery</c>), in a host of its own: for profiling the bus.</summary>
    private static async Task DeliveryAloneAsync(int cost, List<(string, string)> rows)
    {
        await using var run = await StartAsync([]);
        await DeliveryAloneAsync(run.Host, cost, rows);
    }

    /// <summary>
    /// Delivery alone: notice events published straight into Domestic Abuse's outbox (no GraphQL, no intake), this
    /// process's CPU time from the first publication until Scrutiny has them all, per event. Publishing is counted too;
    /// it is the multi-row insert the intake itself does. Warm-up rounds, then counted rounds; the median round is the figure.
    /// </summary>
    private static async Task DeliveryAloneAsync(BenchHost host, int cost, List<(string, string)> rows)
    {
        for (var round = 0; round < WarmUpRounds; round++) await DeliveryCpuAsync(host, cost);
        var alone = new List<double>();
        for (var round = 0; round < CpuRounds; round++) alone.Add(await DeliveryCpuAsync(host, cost));
        rows.Add(($"CPU of delivery alone, {CpuRounds} rounds of {cost} notice events published straight into the outbox and delivered to Scrutiny's read model, the median round",
            $"{alone.Order().ElementAt(alone.Count / 2) * 1e6 / cost:F0} µs an event (rounds: {string.Join(", ", alone.Select(a => $"{a * 1e6 / cost:F0}"))})"));
    }

    /// <summary>This process's CPU seconds to publish <paramref name="events"/> notice events into Domestic Abuse's outbox, in
    /// transactions of 1,000, and deliver them all.</summary>
    private static async Task<double> DeliveryCpuAsync(BenchHost host, int events)
    {
        Settle();
        var before = ProcessCpu();
        await PublishNoticeEventsAsync(host, events);
        await DrainedAsync(host);
        return ProcessCpu() - before;
    }

    /// <summary>Publishes notice events straight into Domestic Abuse's outbox, in transactions of 1,000, as the intake
    /// itself does; returns their event ids.</summary>
    private static async Task<List<Guid>> PublishNoticeEventsAsync(BenchHost host, int events)
    {
        var ids = new List<Guid>(events);
        for (var start = 0; start < events; start += 1000)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DomesticAbuseDbContext>();
            await using var tx = await db.Database.BeginTransactionAsync();
            var batch = Enumerable.Range(start, Math.Min(1000, events - start)).Select(n => new ProtectionNoticeReceived(
                Guid.CreateVersion7(), $"PPN-BUS-{n}", "Police", DateTimeOffset.UtcNow.AddHours(-n % 500), "Benchmark area", 1 + n % 2) { OccurredAt = DateTimeOffset.UtcNow }).ToList();
            await db.PublishAllAsync(batch, CancellationToken.None);
            await tx.CommitAsync();
            ids.AddRange(batch.Select(e => e.EventId));
        }
        return ids;
    }

    private static async Task<BenchRun> StartAsync(Dictionary<string, string?> extra, string provider = "Sqlite")
    {
        var folder = Path.Combine(Path.GetTempPath(), "safeguarding-bench", Guid.NewGuid().ToString("N"));
        var settings = BenchProgram.HostSettings(provider, folder);
        settings["EventBus:PollInterval"] = "00:00:01"; // the default: work is woken by commits, not found by polling
        settings["EventBus:DeliverOnArrival"] = OnArrival;
        foreach (var (k, v) in extra) settings[k] = v;
        var host = new BenchHost(settings);
        var client = host.CreateClient();
        var run = new BenchRun(host, client, BenchProgram.Token(host, settings, "dana.domesticabuse"), settings, folder);
        _ = host.Services; // started: migrations and demo data
        if (settings.GetValueOrDefault("EventBus:Enabled") != "false") await DrainedAsync(host);
        return run;
    }

    private const int CpuRounds = 5;

    /// <summary>
    /// Full-size rounds run and not counted before the counted ones. The bus and the intake run their per-batch methods a
    /// few dozen times a round, and .NET compiles a method fully only after it has been called 30 times (tiered
    /// compilation): rounds counted earlier measured partly unoptimised code, and fell round after round.
    /// </summary>
    private const int WarmUpRounds = 3;

    /// <summary>One round of the CPU comparison: what delivery adds to intake's CPU, in per cent.</summary>
    private sealed record CpuRound(double WithoutBus, double WithBus, double WhileSending)
    {
        public double Added => 100 * (WithBus / WithoutBus - 1);
    }

    /// <summary>
    /// The same number of notices into the host whose bus is stopped, then into the one whose bus is on, counting this
    /// process's CPU time until every event is delivered. Throws unless every notice was stored on both sides.
    /// </summary>
    private static async Task<CpuRound> CpuRoundAsync(BenchRun quiet, NoticeFeed quietFeed, BenchRun run, NoticeFeed feed, int count)
    {
        var storedWithoutBus = 0;
        var withoutBus = await CpuOfAsync(async () => storedWithoutBus = await SendAllAsync(quiet, quietFeed, count, 1000));
        Settle();
        var start = ProcessCpu();
        var storedWithBus = await SendAllAsync(run, feed, count, 1000);
        if (storedWithoutBus != count || storedWithBus != count)
            throw new InvalidOperationException($"Every notice must be stored for the comparison to mean anything: {storedWithoutBus} and {storedWithBus} of {count} were.");
        var whileSending = ProcessCpu() - start;
        await DrainedAsync(run.Host);
        return new CpuRound(withoutBus, ProcessCpu() - start, whileSending);
    }

    /// <summary>Sends <paramref name="count"/> notices in batches; returns how many were stored.</summary>
    private static async Task<int> SendAllAsync(BenchRun run, NoticeFeed feed, int count, int batch)
    {
        var stored = 0;
        for (var sent = 0; sent < count; sent += batch)
            stored += await NoticeFeed.SendAsync(run.Client, run.Token, feed.Next(Math.Min(batch, count - sent)));
        return stored;
    }

    private static async Task<double> CpuOfAsync(Func<Task> work)
    {
        Settle();
        var before = ProcessCpu();
        await work();
        return ProcessCpu() - before;
    }

    /// <summary>Collects what earlier work left, so that its finalizers are not counted in what is measured next.</summary>
    private static void Settle()
    {
        for (var i = 0; i < 3; i++) { GC.Collect(); GC.WaitForPendingFinalizers(); }
    }

    private static double ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>Events not yet relayed and deliveries not yet handled, over every module. An outbox row relayed and not yet
    /// marked relayed (SQLite marks them together, decision 0020) counts only <paramref name="untilMarked"/>: the readiness
    /// check does not count it as waiting, and neither does the backlog figure; the CPU rounds wait for the marks, so that
    /// the work of writing them falls in the round that caused it.</summary>
    private static Task<int> BacklogAsync(BenchHost host, bool untilMarked = false) => ScopedAsync(host, async sp =>
    {
        var total = 0;
        var bus = sp.GetRequiredService<IntegrationEventBus>();
        foreach (var module in sp.GetRequiredService<ModuleCatalog>().Modules)
        {
            var db = (ModuleDbContext)sp.GetRequiredService(module.DbContextType);
            var outbox = untilMarked ? db.Outbox.Where(m => m.DispatchedAt == null) : bus.Unrelayed(db, module.Name);
            total += await outbox.CountAsync() + await db.Inbox.CountAsync(i => i.ProcessedAt == null && i.ParkedAt == null);
        }
        return total;
    });

    /// <summary>Waits until every event is delivered and, unless <paramref name="untilMarked"/> is false, its outbox row
    /// marked relayed.</summary>
    internal static async Task DrainedAsync(BenchHost host, bool untilMarked = true)
    {
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (await BacklogAsync(host, untilMarked) > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The event bus did not drain within 15 minutes.");
            await Task.Delay(100);
        }
    }

    internal static Task<long> LastNoticeEventAsync(BenchHost host) => ScopedAsync(host, sp =>
        sp.GetRequiredService<DomesticAbuseDbContext>().Outbox.Where(m => m.EventType == NoticeEvent).MaxAsync(m => (long?)m.Sequence).ContinueWith(t => t.Result ?? 0));

    /// <summary>Per notice event published after <paramref name="after"/>: the second of its publication and its lag to Scrutiny.</summary>
    internal static Task<List<(long Second, double Lag)>> LagsAsync(BenchHost host, long after) => ScopedAsync(host, async sp =>
    {
        var published = await sp.GetRequiredService<DomesticAbuseDbContext>().Outbox.AsNoTracking()
            .Where(m => m.EventType == NoticeEvent && m.Sequence > after).Select(m => new { m.Id, m.OccurredAt }).ToListAsync();
        var delivered = (await sp.GetRequiredService<ScrutinyDbContext>().Inbox.AsNoTracking()
                .Where(i => i.EventType == NoticeEvent && i.ProcessedAt != null).Select(i => new { i.MessageId, i.ProcessedAt }).ToListAsync())
            .ToDictionary(i => i.MessageId, i => i.ProcessedAt!.Value);
        var start = published.Min(m => m.OccurredAt);
        return published.Select(m => ((long)(m.OccurredAt - start).TotalSeconds, (delivered[m.Id] - m.OccurredAt).TotalMilliseconds)).ToList();
    });

    internal static string Summary(List<double> lags) =>
        $"p50 {P(lags, 50):F0} ms, p95 {P(lags, 95):F0} ms, p99 {P(lags, 99):F0} ms, max {lags.Max():F0} ms";

    private static double P(List<double> values, int percentile) => BenchProgram.P(values, percentile);

    private static async Task<T> ScopedAsync<T>(BenchHost host, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}

/// <summary>A benchmark's in-process host, a client of it, a practitioner's token, and its settings and data folder.</summary>
internal sealed record BenchRun(BenchHost Host, HttpClient Client, string Token, Dictionary<string, string?> Settings, string Folder) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
