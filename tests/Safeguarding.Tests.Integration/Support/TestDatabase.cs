using Npgsql;
using Safeguarding.SharedKernel.Persistence;

namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// Which database the integration tests run on. SQLite unless SAFEGUARDING_TEST_PROVIDER=PostgreSql; PostgreSQL needs
/// SAFEGUARDING_TEST_POSTGRES, a connection string to a server where the tests may create and drop databases.
/// Each test host gets a database of its own.
/// </summary>
public static class TestDatabase
{
    public const string ServerVariable = "SAFEGUARDING_TEST_POSTGRES";
    public const string ProviderVariable = "SAFEGUARDING_TEST_PROVIDER";

    public static string? PostgresServer => Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } s ? s : null;

    public static DatabaseProvider Provider
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(ProviderVariable);
            if (string.IsNullOrEmpty(configured)) return DatabaseProvider.Sqlite;
            if (!Enum.TryParse<DatabaseProvider>(configured, ignoreCase: true, out var provider))
                throw new InvalidOperationException($"{ProviderVariable} must be Sqlite or PostgreSql, not {configured}.");
            if (provider == DatabaseProvider.PostgreSql && PostgresServer is null)
                throw new InvalidOperationException($"{ProviderVariable}=PostgreSql needs {ServerVariable}, a connection string to the test server.");
            return provider;
        }
    }

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(PostgresServer) { Database = database, Pooling = true, MaxPoolSize = 40 }.ConnectionString;

    public static string NewPostgresDatabaseName() => "sg_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Creates the database <paramref name="name"/>: empty, or a copy of <paramref name="template"/>.</summary>
    public static void CreatePostgresDatabase(string name, string? template = null) =>
        Execute(template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");

    /// <summary>
    /// Closes <paramref name="name"/> to connections, as a template to copy: CREATE DATABASE … TEMPLATE waits while anyone
    /// is connected to the template, and the server's autovacuum would connect to analyse the rows just written.
    /// </summary>
    public static void CloseToConnections(string name) => Execute($"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false");

    /// <summary>Drops <paramref name="name"/>, closing its own pooled connections first; other hosts' pools are left alone.</summary>
    public static void DropPostgresDatabase(string name)
    {
        using (var pooled = new NpgsqlConnection(ConnectionStringFor(name))) NpgsqlConnection.ClearPool(pooled);
        Execute($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A test that needs a PostgreSQL server; skipped, saying so, when none is configured.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null)
            Skip = $"No PostgreSQL server configured: set {TestDatabase.ServerVariable} to a connection string (see .ci/run) to run this test.";
    }
}
