using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Crash;

/// <summary>
/// The host as a real process is fed Public Protection Notices, killed hard in the middle of the stream, and started
/// again: every notice it acknowledged is stored, and its event reaches Scrutiny exactly once.
/// </summary>
[Collection(HostProcesses.Name)]
public sealed class CrashTests
{
    private const string RecordMany = """
        mutation($n: [ProtectionNoticeInput]!) { recordProtectionNotices(notices: $n) { received stored duplicates rejected } }
        """;

    [Fact]
    public async Task Notices_acknowledged_before_a_hard_kill_are_stored_and_reach_Scrutiny_exactly_once()
    {
        var settings = new Dictionary<string, string?> { ["EventBus:PollInterval"] = "00:00:00.100" };
        var first = await HostProcess.StartAsync(settings: settings);
        HostProcess? second = null;
        try
        {
            var dana = first.As("dana.domesticabuse");
            var children = new List<string>();
            for (var i = 0; i < 4; i++)
                children.Add((await dana.SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
                    new { i = new { module = "DomesticAbuse", name = $"Crash Test Child {i}", dateOfBirth = "2015-06-0" + (i + 1) } })).AssertOk()
                    .Data!["registerSubject"]!["id"]!.GetValue<string>());

            // Two feeders send batches of 20 until the host dies under them; a batch counts as acknowledged only when
            // its answer arrived and said every notice was stored.
            var acknowledged = new ConcurrentBag<string>();
            var killed = new TaskCompletionSource();
            async Task FeedAsync(int feeder)
            {
                for (var batch = 0; !killed.Task.IsCompleted; batch++)
                {
                    var references = Enumerable.Range(0, 20).Select(i => $"CRASH-{feeder}-{batch:D4}-{i:D2}").ToList();
                    var notices = references.Select((r, i) => new
                    {
                        policeReference = r, incidentAt = DateTimeOffset.UtcNow.AddHours(-2).ToString("O"), locationArea = "Stonehouse",
                        children = new[] { children[i % children.Count] },
                        adults = new[] { new { role = "VICTIM", personReference = "V-" + r, name = "Example Adult", dateOfBirth = "1990-05-01" } },
                    }).ToList();
                    try
                    {
                        var answer = await dana.SendAsync(RecordMany, new { n = notices });
                        if (answer.Status == 200 && answer.Errors is null && answer.Data!["recordProtectionNotices"]!["stored"]!.GetValue<int>() == references.Count)
                            foreach (var r in references) acknowledged.Add(r);
                    }
                    catch (Exception) when (killed.Task.IsCompleted || first.HasExited) { return; }
                    catch (HttpRequestException) { return; }
                }
            }
            var feeders = new[] { FeedAsync(1), FeedAsync(2) };
            await Waits.UntilAsync("400 notices to be acknowledged before the kill (acknowledged so far, and whether the feeders have stopped)",
                () => Task.FromResult((acknowledged.Count, Stopped: feeders.Count(f => f.IsCompleted))), seen => seen.Count >= 400 || seen.Stopped == feeders.Length);
            Assert.True(acknowledged.Count >= 400, "The feeders stopped before 400 notices were acknowledged:\n" + first.Output);
            first.KillHard(); // mid-stream: both feeders have batches in flight
            killed.SetResult();
            await Task.WhenAll(feeders);
            Assert.True(first.HasExited);

            second = await first.RestartAsync(settings);
            var folder = second.DataFolder;
            var eventType = typeof(ProtectionNoticeReceived).FullName!;
            try
            {
                await Waits.UntilAsync("delivery to finish after the restart (undispatched outbox rows, unprocessed Scrutiny inbox rows)", async () =>
                    (Outbox: await ScalarAsync(folder, "domesticabuse", "SELECT COUNT(*) FROM outbox WHERE DispatchedAt IS NULL"),
                     Inbox: await ScalarAsync(folder, "scrutiny", $"SELECT COUNT(*) FROM inbox WHERE ProcessedAt IS NULL AND EventType = '{eventType}'")),
                    seen => seen is (0, 0));
            }
            catch (TimeoutException e) { throw new TimeoutException(e.Message + "\n" + second.Output, e); }

            var stored = await ColumnAsync(folder, "domesticabuse", "SELECT PoliceReference FROM protection_notices WHERE PoliceReference LIKE 'CRASH-%'");
            Assert.Empty(acknowledged.Except(stored)); // nothing acknowledged was lost
            Assert.True(stored.Count >= acknowledged.Count);
            Assert.Equal(stored.Count, stored.Distinct().Count());

            // One event per stored notice in the outbox, one processed delivery per event in Scrutiny's inbox, one fact each.
            Assert.Equal(stored.Count, await ScalarAsync(folder, "domesticabuse", $"SELECT COUNT(*) FROM outbox WHERE EventType = '{eventType}' AND Payload LIKE '%CRASH-%'"));
            var deliveries = await ScalarAsync(folder, "scrutiny", $"SELECT COUNT(*) FROM inbox WHERE EventType = '{eventType}' AND Payload LIKE '%CRASH-%'");
            var processed = await ScalarAsync(folder, "scrutiny", $"SELECT COUNT(*) FROM inbox WHERE EventType = '{eventType}' AND Payload LIKE '%CRASH-%' AND ProcessedAt IS NOT NULL");
            Assert.Equal(stored.Count, deliveries);
            Assert.Equal(stored.Count, processed);
            // Scrutiny's read model holds one fact per notice, demo notices included: none missing, none counted twice.
            Assert.Equal(await ScalarAsync(folder, "domesticabuse", "SELECT COUNT(*) FROM protection_notices"),
                await ScalarAsync(folder, "scrutiny", "SELECT COUNT(*) FROM facts WHERE Kind = 'ProtectionNotice'"));
        }
        finally
        {
            second?.DeleteDataFolder();
            second?.Dispose();
            first.DeleteDataFolder();
            first.Dispose();
        }
    }

    private static async Task<long> ScalarAsync(string folder, string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, database + ".db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task<List<string>> ColumnAsync(string folder, string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, database + ".db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
