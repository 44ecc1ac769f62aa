using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Host.Auth;
using Safeguarding.Host.Platform;
using Safeguarding.SharedKernel.Features;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Persistence;

namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// The real host, in process, on real SQLite files in a temporary data folder. Dispose and create another on the
/// same folder to restart it.
/// </summary>
public sealed class PartnershipHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private bool _keepDatabase;
    // A host that will start on data nobody wrote yet: its database is created (or copied from the demo data template)
    // when it starts, and only then.
    private bool _newData;
    private readonly bool _defaultSettings;
    private bool _writesTemplate;

    /// <param name="postgresDatabase">On PostgreSQL, the database to use (a restart passes its predecessor's); null for a new one.</param>
    public PartnershipHost(string? dataFolder = null, IDictionary<string, string?>? settings = null, string? signingKey = null,
        string? postgresDatabase = null, DatabaseProvider? provider = null)
    {
        DataFolder = dataFolder ?? Path.Combine(TestDataRoot, Guid.NewGuid().ToString("N"));
        SigningKey = signingKey ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        Provider = provider ?? TestDatabase.Provider;
        _newData = dataFolder is null && postgresDatabase is null;
        _defaultSettings = settings is null || settings.Count == 0;
        if (Provider == DatabaseProvider.PostgreSql)
            PostgresDatabase = postgresDatabase ?? TestDatabase.NewPostgresDatabaseName();
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["Database:ConnectionString"] = PostgresDatabase is null ? null : TestDatabase.ConnectionStringFor(PostgresDatabase),
            ["Database:DataFolder"] = DataFolder,
            ["Auth:SigningKey"] = SigningKey,
            ["DemoData:SeedWhenEmpty"] = "true",
            ["EventBus:PollInterval"] = "00:00:00.100",
            ["EventBus:RetryBaseDelay"] = "00:00:00.050",
            ["EventBus:MaxRetryDelay"] = "00:00:00.500",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) _settings[k] = v;
    }

    public string DataFolder { get; }
    public string SigningKey { get; }
    public DatabaseProvider Provider { get; }
    public string? PostgresDatabase { get; }

    /// <summary>The host's clock (<see cref="TimeProvider"/>) when a test stands on a chosen day; the system clock when null.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Each response says how many SQL statements its request sent (<see cref="GraphQLResponse.Statements"/>).</summary>
    public bool CountStatements { get; init; }

    /// <summary>Another host on the same data (folder or PostgreSQL database) and key: a restart.</summary>
    public PartnershipHost Restart(IDictionary<string, string?>? settings = null)
    {
        DisposeKeepingData();
        return new PartnershipHost(DataFolder, settings, SigningKey, PostgresDatabase, Provider);
    }

    /// <summary>A second instance on the same data, running beside this one (PostgreSQL only).</summary>
    public PartnershipHost SecondInstance(IDictionary<string, string?>? settings = null)
    {
        var second = new PartnershipHost(DataFolder, settings, SigningKey, PostgresDatabase, Provider) { _keepDatabase = true };
        return second;
    }

    /// <summary>A host that writes the demo data template itself (see <see cref="DemoDataTemplate"/>).</summary>
    internal static PartnershipHost TemplateWriter(DatabaseProvider provider) => new(provider: provider) { _writesTemplate = true };

    /// <summary>Stops the host and leaves its data where it is.</summary>
    internal void DisposeKeepingData()
    {
        _keepDatabase = true;
        Dispose();
    }

    /// <summary>Where hosts keep their SQLite files unless a test names a folder of its own.</summary>
    private static readonly string TestDataRoot = Path.Combine(Path.GetTempPath(), "safeguarding-tests");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_keepDatabase)
        {
            if (PostgresDatabase is not null) TestDatabase.DropPostgresDatabase(PostgresDatabase);
            DeleteDataFolder();
        }
        _keepDatabase = true; // once
    }

    /// <summary>
    /// Removes the host's SQLite files with the host: a whole test run otherwise leaves some megabytes per host behind,
    /// and runs add up until the disk is full. Only folders under the tests' own root; a test that names another folder
    /// removes it itself.
    /// </summary>
    private void DeleteDataFolder()
    {
        if (!DataFolder.StartsWith(TestDataRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return;
        try { Directory.Delete(DataFolder, recursive: true); }
        catch (DirectoryNotFoundException) { }
        catch (IOException) { } // a file still held open elsewhere: nothing a test should fail for
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>
    /// Starts the host and, when it seeds demo data with the event bus running, waits until the demo data's events have
    /// reached every switched-on module, as they would long before anyone used a real host: modules check what
    /// practitioners name against copies kept from other modules' events (the partnership's agencies), so a test must not
    /// race the first delivery.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        PrepareNewData();
        var host = base.CreateHost(builder);
        if (_settings.GetValueOrDefault("DemoData:SeedWhenEmpty") == "true" && _settings.GetValueOrDefault("EventBus:Enabled") != "false")
        {
            try { WaitForDemoDataAsync(host.Services).GetAwaiter().GetResult(); }
            catch { host.Dispose(); throw; } // the factory never learns of a host it was not given
        }
        return host;
    }

    /// <summary>
    /// A host with the default settings on the system clock starts on a copy of the demo data template: what it would
    /// have written itself. Any other new host starts on an empty database and writes everything.
    /// </summary>
    private void PrepareNewData()
    {
        if (!_newData) return;
        _newData = false;
        if (!_writesTemplate && _defaultSettings && Clock is null && Provider == TestDatabase.Provider) DemoDataTemplate.CopyTo(this);
        else if (Provider == DatabaseProvider.PostgreSql) TestDatabase.CreatePostgresDatabase(PostgresDatabase!);
    }

    private static Task WaitForDemoDataAsync(IServiceProvider services) =>
        Waits.UntilAsync("the demo data's events to reach every switched-on module", async () =>
        {
            await using var scope = services.CreateAsyncScope();
            var switches = scope.ServiceProvider.GetRequiredService<IModuleSwitch>();
            var waiting = new List<string>();
            foreach (var module in scope.ServiceProvider.GetRequiredService<ModuleCatalog>().Modules)
            {
                var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
                var undelivered = await db.Outbox.CountAsync(m => m.DispatchedAt == null);
                // Deliveries tried at least once are the bus's business (a test subscriber may fail on purpose); a switched-off
                // module's deliveries wait until it is switched on.
                var untried = await switches.IsEnabledAsync(module.FeatureFlag, CancellationToken.None)
                    ? await db.Inbox.CountAsync(m => m.ProcessedAt == null && m.ParkedAt == null && m.Attempts == 0)
                    : 0;
                if (undelivered + untried > 0) waiting.Add($"{module.Name}: {undelivered} events not yet relayed, {untried} deliveries not yet tried");
            }
            return string.Join("; ", waiting);
        }, backlog => backlog.Length == 0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
        if (Clock is { } clock) builder.ConfigureTestServices(s => s.RemoveAll<TimeProvider>().AddSingleton(clock));
        if (CountStatements) builder.ConfigureTestServices(StatementCounting.AddTo);
    }

    public string TokenFor(string userName)
    {
        var user = DemoUsers.Find(userName) ?? throw new ArgumentException($"No demo user {userName}");
        var auth = Services.GetRequiredService<AuthOptions>();
        return TokenIssuer.Issue(user, auth, new SymmetricSecurityKey(Convert.FromBase64String(SigningKey)), DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
    }

    public GraphQLClient As(string userName) => new(Client(), TokenFor(userName));
    public GraphQLClient Anonymous() => new(Client(), null);

    /// <summary>A client that waits minutes, not HttpClient's 100 seconds, for an answer: a big batch on a busy machine is slow, not wrong.</summary>
    private HttpClient Client()
    {
        var client = CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        return client;
    }

    public T Scoped<T>(Func<IServiceProvider, T> use)
    {
        using var scope = Services.CreateScope();
        return use(scope.ServiceProvider);
    }

    public async Task<T> ScopedAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    /// <summary>
    /// Sends a mutation that must be refused with <paramref name="code"/> (and, if given, a problem on
    /// <paramref name="problemField"/>), and checks that the database reads the same before and after.
    /// </summary>
    public async Task AssertRejectedAsync(Func<Task<string>> fingerprint, string user, string mutation, object variables, string code, string? problemField = null)
    {
        var before = await fingerprint();
        var response = (await As(user).SendAsync(mutation, variables)).AssertError(code);
        if (problemField is not null)
            Assert.Contains(problemField, response.Errors![0]!["extensions"]!["problems"]!.AsArray().Select(p => p!["field"]!.GetValue<string>()));
        Assert.Equal(before, await fingerprint());
    }

    /// <summary>
    /// Row counts of every table of every module and of the platform (the audit log aside: refused requests are
    /// audited on purpose). Equal before and after a refused request proves it wrote nothing anywhere. One statement per
    /// database context: a count per table, one after another, made the hostile suite wait on thousands of round trips.
    /// </summary>
    public Task<string> WholeDatabaseFingerprintAsync() => ScopedAsync(async sp =>
    {
        var contexts = sp.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.DbContextType).Append(typeof(PlatformDbContext));
        var counts = new List<string>();
        foreach (var type in contexts)
        {
            var db = (DbContext)sp.GetRequiredService(type);
            var tables = db.Model.GetEntityTypes()
                .Where(e => e.GetTableName() is not null && e.ClrType != typeof(AuditRecord) && e.ClrType != typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey))
                .Select(e => (Name: e.GetSchemaQualifiedTableName()!, Quoted: Provider == DatabaseProvider.Sqlite
                    ? $"\"{e.GetTableName()}\""
                    : string.Join('.', e.GetSchemaQualifiedTableName()!.Split('.').Select(part => $"\"{part}\""))))
                .DistinctBy(t => t.Name).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            // Names from the model, never from input. One row of counts, in the tables' order.
            var sql = "SELECT " + string.Join(" || ';' || ", tables.Select(t => $"CAST((SELECT COUNT(*) FROM {t.Quoted}) AS TEXT)")) + " AS \"Value\"";
            var row = (await db.Database.SqlQueryRaw<string>(sql).SingleAsync()).Split(';');
            counts.AddRange(tables.Select((t, i) => $"{type.Name}.{t.Name}={row[i]}"));
        }
        return string.Join(';', counts.Distinct());
    });

    /// <summary>Looks until <paramref name="done"/> holds for what <paramref name="look"/> sees (events are delivered in the
    /// background); a failure says what was awaited and what was seen last. See <see cref="Waits"/>.</summary>
    public static Task<T> EventuallyAsync<T>(string waitingFor, Func<Task<T>> look, Func<T, bool> done, TimeSpan? within = null) =>
        Waits.UntilAsync(waitingFor, look, done, within);

    /// <summary>
    /// Waits until every event stored so far (the demo data's among them) has been relayed from every module's outbox and
    /// handled by every subscriber: none waiting, none parked. Sweeps may publish more afterwards. Fails saying what was
    /// still waiting.
    /// </summary>
    public Task AssertEventsDeliveredAsync(TimeSpan? within = null) =>
        EventuallyAsync("every event stored so far to be relayed and handled", EventsPendingAsync, pending => pending.Length == 0, within);

    /// <summary>What is still waiting, per module ("" when nothing): to say what a wait waited for when it fails.</summary>
    public Task<string> EventsPendingAsync() => ScopedAsync(async sp =>
    {
        var pending = new List<string>();
        foreach (var module in sp.GetRequiredService<ModuleCatalog>().Modules)
        {
            var db = (ModuleDbContext)sp.GetRequiredService(module.DbContextType);
            var relay = await db.Outbox.CountAsync(m => m.DispatchedAt == null);
            var inbox = await db.Inbox.Where(i => i.ProcessedAt == null).Select(i => new { i.EventType, i.ParkedAt, i.LastError }).ToListAsync();
            if (relay > 0) pending.Add($"{module.Name}: {relay} to relay");
            if (inbox.Count > 0)
                pending.Add($"{module.Name}: {inbox.Count} to handle ({inbox.Count(i => i.ParkedAt != null)} parked{(inbox.FirstOrDefault(i => i.LastError != null) is { } e ? $"; {e.EventType}: {e.LastError}" : "")})");
        }
        // Publishers that are not modules (the subject registry) have an outbox only.
        foreach (var publisher in sp.GetRequiredService<ModuleCatalog>().PlatformPublishers)
        {
            var relay = await ((ModuleDbContext)sp.GetRequiredService(publisher.DbContextType)).Outbox.CountAsync(m => m.DispatchedAt == null);
            if (relay > 0) pending.Add($"{publisher.Name}: {relay} to relay");
        }
        return string.Join("; ", pending);
    });
}

public sealed record GraphQLResponse(int Status, string ContentType, JsonNode? Body)
{
    public JsonNode? Data => Body?["data"];
    public JsonArray? Errors => Body?["errors"] as JsonArray;
    public string? FirstCode => Errors?.FirstOrDefault()?["extensions"]?["code"]?.GetValue<string>();
    public string? FirstMessage => Errors?.FirstOrDefault()?["message"]?.GetValue<string>();

    /// <summary>The SQL statements the request sent, when the host counts them (<see cref="PartnershipHost.CountStatements"/>).</summary>
    public int? Statements { get; init; }

    public GraphQLResponse AssertOk()
    {
        Assert.True(Status == 200 && Errors is null, $"Expected success, got {Status}: {Body?.ToJsonString()}");
        return this;
    }

    public GraphQLResponse AssertError(string code)
    {
        Assert.True(FirstCode == code, $"Expected {code}, got {Status}: {Body?.ToJsonString()}");
        Assert.False(string.IsNullOrWhiteSpace(FirstMessage));
        return this;
    }
}

public sealed class GraphQLClient(HttpClient http, string? token)
{
    public HttpClient Http { get; } = http;

    public async Task<GraphQLResponse> SendAsync(string query, object? variables = null, string? operationName = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await SendRawAsync(request);
    }

    public async Task<GraphQLResponse> SendRawAsync(HttpRequestMessage request)
    {
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? node = null;
        try { node = string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text); } catch (JsonException) { }
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? "", node)
        {
            Statements = response.Headers.TryGetValues(StatementCounting.Header, out var counted) ? int.Parse(counted.First(), System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }
}
