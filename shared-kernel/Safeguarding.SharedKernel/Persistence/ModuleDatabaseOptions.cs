namespace Safeguarding.SharedKernel.Persistence;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>Bound from the "Database" configuration section.</summary>
public sealed class ModuleDatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>SQLite: the folder that holds one database file per module.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>PostgreSQL: the connection string of the one database whose schemas the modules own.</summary>
    public string? ConnectionString { get; set; }

    public string SqliteFileFor(string schema) => Path.Combine(Path.GetFullPath(DataFolder), schema + ".db");
}
