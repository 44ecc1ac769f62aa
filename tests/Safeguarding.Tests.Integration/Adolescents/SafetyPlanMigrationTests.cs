using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.SharedKernel.Persistence;
using Safeguarding.SharedKernel.Time;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Adolescents;

/// <summary>
/// A plan saved before plans had versions (one row per young person, its risks and actions hanging off it) becomes
/// version 1 when the database is upgraded: nothing is lost, and the next review is version 2 beside it.
/// </summary>
public sealed class SafetyPlanMigrationTests
{
    private const string History = """
        query($id: ID!) { subject(id: $id) { adolescents { safetyPlan { id version reviewOn updatedBy updatedAt
          risks { description level } actions { action ownerAgency dueOn doneOn }
          history { number isCurrent savedBy reviewOn changes risks { description } actions { action doneOn } } } } } }
        """;

    [Fact]
    public async Task A_plan_saved_before_versions_becomes_version_1_and_a_review_adds_version_2()
    {
        var host = new PartnershipHost();
        string subject;
        try
        {
            subject = (await host.As("adam.adolescents").SendAsync("mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }",
                new { i = new { module = "Adolescents", name = "Example Young Person", dateOfBirth = "2009-02-03" } })).AssertOk()
                .Data!["registerSubject"]!["id"]!.GetValue<string>();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        var upgraded = host.Restart();
        var today = UkTime.Today(TimeProvider.System);
        try
        {
            await UpgradeReadAndReviewAsync(upgraded, subject, today);
        }
        catch
        {
            upgraded.Dispose();
            throw;
        }

        // Going back keeps the plan as it stands: its current version's review date, risks and actions.
        using var stopped = upgraded.Restart();
        await using var down = Context(stopped);
        var all = down.Database.GetMigrations().ToList();
        await down.GetService<IMigrator>().MigrateAsync(all[all.FindIndex(m => m.EndsWith("_SafetyPlanVersions", StringComparison.Ordinal)) - 1]);
        var schema = stopped.Provider == DatabaseProvider.PostgreSql ? "adolescents." : "";
        Task<List<T>> Column<T>(string table, string column)
        {
            var sql = $"""SELECT "{column}" AS "Value" FROM {schema}"{table}" """; // names written here, never input
            return down.Database.SqlQueryRaw<T>(sql).ToListAsync();
        }
        Assert.Equal([today.AddDays(40)], await Column<DateOnly>("safety_plans", "ReviewOn"));
        Assert.Equal(["Criminal exploitation"], await Column<string>("safety_plan_risks", "Description"));
        Assert.Equal(["Fortnightly mentoring"], await Column<string>("safety_plan_actions", "Action"));
    }

    private static async Task UpgradeReadAndReviewAsync(PartnershipHost upgraded, string subject, DateOnly today)
    {
        var savedAt = DateTimeOffset.UtcNow.AddDays(-20);
        var (planId, nspcc) = (Guid.NewGuid(), Guid.NewGuid());
        await using (var db = await AdolescentsDatabaseAtInitialAsync(upgraded))
        {
            var prefix = upgraded.Provider == DatabaseProvider.PostgreSql ? "adolescents." : "";
            string L<T>(T value) => db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(T))!.GenerateSqlLiteral(value);
            string[] rows =
            [
                $"""INSERT INTO {prefix}"partners" ("PartnerId", "Name") VALUES ({L(nspcc)}, 'NSPCC')""",
                $"""
                 INSERT INTO {prefix}"safety_plans" ("Id", "SubjectId", "ReviewOn", "StartedAt", "UpdatedAt", "UpdatedBy")
                 VALUES ({L(planId)}, {L(Guid.Parse(subject))}, {L(today.AddDays(10))}, {L(savedAt.AddDays(-30).UtcTicks)}, {L(savedAt.UtcTicks)}, 'adam.adolescents')
                 """,
                $"""INSERT INTO {prefix}"safety_plan_risks" ("Id", "PlanId", "Description", "Level") VALUES ({L(Guid.NewGuid())}, {L(planId)}, 'Criminal exploitation', 'High')""",
                $"""INSERT INTO {prefix}"safety_plan_risks" ("Id", "PlanId", "Description", "Level") VALUES ({L(Guid.NewGuid())}, {L(planId)}, 'Missing from home', 'Medium')""",
                $"""
                 INSERT INTO {prefix}"safety_plan_actions" ("Id", "PlanId", "Action", "OwnerAgency", "DueOn", "DoneOn")
                 VALUES ({L(Guid.NewGuid())}, {L(planId)}, 'Weekly mentoring', 'NSPCC', {L(today.AddDays(5))}, {L(today.AddDays(-2))})
                 """,
            ];
            foreach (var row in rows) await db.Database.ExecuteSqlRawAsync(row);
        }

        // Start-up applies the remaining migrations, SafetyPlanVersions among them.
        var adam = upgraded.As("adam.adolescents");
        var plan = (await adam.SendAsync(History, new { id = subject })).AssertOk().Data!["subject"]!["adolescents"]!["safetyPlan"]!;
        Assert.Equal(planId.ToString(), plan["id"]!.GetValue<string>());
        Assert.Equal((1, today.AddDays(10).ToString("yyyy-MM-dd"), "adam.adolescents"),
            (plan["version"]!.GetValue<int>(), plan["reviewOn"]!.GetValue<string>(), plan["updatedBy"]!.GetValue<string>()));
        Assert.Equal(savedAt.UtcTicks / TimeSpan.TicksPerSecond, plan["updatedAt"]!.GetValue<DateTimeOffset>().UtcTicks / TimeSpan.TicksPerSecond);
        Assert.Equal([("Criminal exploitation", "HIGH"), ("Missing from home", "MEDIUM")],
            plan["risks"]!.AsArray().Select(r => (r!["description"]!.GetValue<string>(), r["level"]!.GetValue<string>())));
        var action = plan["actions"]!.AsArray().Single()!;
        Assert.Equal(("Weekly mentoring", "NSPCC", today.AddDays(-2).ToString("yyyy-MM-dd")),
            (action["action"]!.GetValue<string>(), action["ownerAgency"]!.GetValue<string>(), action["doneOn"]!.GetValue<string>()));
        Assert.Equal([1], plan["history"]!.AsArray().Select(v => v!["number"]!.GetValue<int>()));

        (await adam.SendAsync("mutation($i: SaveAdolescentSafetyPlanInput!) { saveAdolescentSafetyPlan(input: $i) { version } }", new { i = new
        {
            subjectId = subject, reviewOn = today.AddDays(40).ToString("yyyy-MM-dd"),
            risks = new[] { new { description = "Criminal exploitation", level = "MEDIUM" } },
            actions = new[] { new { action = "Fortnightly mentoring", ownerAgency = "nspcc", dueOn = today.AddDays(14).ToString("yyyy-MM-dd") } },
        } })).AssertOk();
        var history = (await adam.SendAsync(History, new { id = subject })).AssertOk().Data!["subject"]!["adolescents"]!["safetyPlan"]!["history"]!.AsArray();
        Assert.Equal([2, 1], history.Select(v => v!["number"]!.GetValue<int>()));
        Assert.Equal(["Criminal exploitation", "Missing from home"], history[1]!["risks"]!.AsArray().Select(r => r!["description"]!.GetValue<string>()));
        Assert.Equal(today.AddDays(-2).ToString("yyyy-MM-dd"), history[1]!["actions"]![0]!["doneOn"]!.GetValue<string>());
        Assert.Contains("Action added: \"Fortnightly mentoring\"", history[0]!["changes"]!.AsArray().Select(c => c!.GetValue<string>()).First(c => c.StartsWith("Action added")));
    }

    private static AdolescentsDbContext Context(PartnershipHost host)
    {
        var database = new ModuleDatabaseOptions { Provider = host.Provider, DataFolder = host.DataFolder };
        if (host.Provider == DatabaseProvider.PostgreSql) database.ConnectionString = TestDatabase.ConnectionStringFor(host.PostgresDatabase!);
        var options = new DbContextOptionsBuilder<AdolescentsDbContext>();
        ModuleDatabase.Configure(options, database, AdolescentsDbContext.SchemaName, typeof(AdolescentsDbContext).Assembly.GetName().Name!);
        return new AdolescentsDbContext(options.Options);
    }

    /// <summary>
    /// Puts the Adolescents database back to its first migration, empty, as a partnership running the earlier release
    /// would have it. The host is stopped; the other modules' databases are left as they are.
    /// </summary>
    private static async Task<AdolescentsDbContext> AdolescentsDatabaseAtInitialAsync(PartnershipHost host)
    {
        if (host.Provider == DatabaseProvider.PostgreSql)
        {
            await using var connection = new NpgsqlConnection(TestDatabase.ConnectionStringFor(host.PostgresDatabase!));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{AdolescentsDbContext.SchemaName}\" CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
            var file = new ModuleDatabaseOptions { DataFolder = host.DataFolder }.SqliteFileFor(AdolescentsDbContext.SchemaName);
            foreach (var part in new[] { file, file + "-wal", file + "-shm" }) File.Delete(part);
        }
        var db = Context(host);
        var migrations = db.Database.GetMigrations().ToList();
        Assert.Contains(migrations, m => m.EndsWith("_SafetyPlanVersions", StringComparison.Ordinal));
        await db.GetService<IMigrator>().MigrateAsync(migrations[0]);
        return db;
    }
}
