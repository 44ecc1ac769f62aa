using Microsoft.Data.Sqlite;
using Npgsql;
using Safeguarding.SharedKernel.Persistence;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// What a fresh test host with the default settings writes before its first request (every module migrated, the demo
/// data seeded, the demo data's events delivered), written once by a real host and then copied for each such host: a
/// PostgreSQL database made with <c>CREATE DATABASE … TEMPLATE</c>, or a copy of the SQLite files. A copy holds exactly
/// what the host would have written itself, and it starts in a second instead of ten. The demo data is dated from the
/// clock ("missing since six hours ago"), so a template older than <see cref="MaxAge"/> or from another UK day is
/// written again; a host on a chosen clock or with settings of its own still writes everything itself.
/// </summary>
internal static class DemoDataTemplate
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(15);
    private static readonly Lock Gate = new();
    private static Template? _current;

    private sealed record Template(DatabaseProvider Provider, string Location, DateTimeOffset WrittenAt, DateOnly UkDay);

    static DemoDataTemplate() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Discard(_current);

    /// <summary>Gives <paramref name="host"/>'s database (not yet created) the template's contents.</summary>
    public static void CopyTo(PartnershipHost host)
    {
        lock (Gate)
        {
            var now = DateTimeOffset.UtcNow;
            if (_current is not { } template || template.Provider != host.Provider || now - template.WrittenAt > MaxAge || template.UkDay != UkTime.DateOf(now))
            {
                Discard(_current);
                _current = null;
                _current = template = Write(host.Provider);
            }
            if (template.Provider == DatabaseProvider.PostgreSql) TestDatabase.CreatePostgresDatabase(host.PostgresDatabase!, template.Location);
            else CopyFolder(template.Location, host.DataFolder);
        }
    }

    private static Template Write(DatabaseProvider provider)
    {
        var writtenAt = DateTimeOffset.UtcNow;
        var writer = PartnershipHost.TemplateWriter(provider);
        try
        {
            _ = writer.Services; // starts the host, which waits for the demo data's events to be delivered
        }
        catch
        {
            writer.Dispose();
            throw;
        }
        writer.DisposeKeepingData();
        // No connection may stay open on what is copied: a pooled SQLite connection holds its file (and its WAL), and
        // PostgreSQL copies no database that has a session.
        if (provider == DatabaseProvider.PostgreSql)
        {
            NpgsqlConnection.ClearAllPools();
            TestDatabase.CloseToConnections(writer.PostgresDatabase!);
            return new(provider, writer.PostgresDatabase!, writtenAt, UkTime.DateOf(writtenAt));
        }
        SqliteConnection.ClearAllPools();
        return new(provider, writer.DataFolder, writtenAt, UkTime.DateOf(writtenAt));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static void Discard(Template? template)
    {
        if (template is null) return;
        try
        {
            if (template.Provider == DatabaseProvider.PostgreSql) TestDatabase.DropPostgresDatabase(template.Location);
            else Directory.Delete(template.Location, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NpgsqlException)
        {
            // A template left behind is a test server's or a temporary folder's clutter, not a failure of the run.
        }
    }
}
