using Microsoft.Data.Sqlite;

namespace NoteMiner.Pipeline.Caching;

/// <summary>Opening, schema versioning and giving up cleanly on an unusable database.</summary>
public sealed partial class AnalysisStore
{
    private const string CreateAnalyses =
        "CREATE TABLE IF NOT EXISTS analyses (content_hash TEXT NOT NULL, model_id TEXT NOT NULL, "
        + "pipeline_version TEXT NOT NULL, payload BLOB NOT NULL, stored_at TEXT NOT NULL, "
        + "PRIMARY KEY (content_hash, model_id, pipeline_version)) WITHOUT ROWID";

    private void Initialize()
    {
        try
        {
            var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            // No pooling: the file is closed when the store is disposed, so it can be moved or deleted.
            var builder = new SqliteConnectionStringBuilder
            {
                DataSource = Path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = false,
                DefaultTimeout = 30,
            };
            connection = new SqliteConnection(builder.ToString());
            connection.Open();
            Execute("PRAGMA busy_timeout = 10000");
            Execute("PRAGMA journal_mode = WAL");
            Execute("PRAGMA synchronous = NORMAL");
            MigrateSchema();
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            GiveUp(e);
        }
    }

    private void MigrateSchema()
    {
        using var transaction = connection!.BeginTransaction(deferred: false);
        Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT MAX(version) FROM schema_version";
        var found = read.ExecuteScalar() is long version ? (int?)version : null;
        if (found > SchemaVersion)
        {
            transaction.Rollback();
            GiveUp($"cache database has schema version {found}, newer than this NoteMiner's {SchemaVersion}; running without cache");
            return;
        }

        if (found != SchemaVersion)
        {
            // An older cache is only a cache: rebuild it rather than migrate it.
            Execute("DROP TABLE IF EXISTS analyses");
            Execute("DELETE FROM schema_version");
            Execute($"INSERT INTO schema_version (version) VALUES ({SchemaVersion})");
        }

        Execute(CreateAnalyses);
        transaction.Commit();
    }

    private void Execute(string sql)
    {
        using var command = connection!.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a database operation; on failure gives up on the store and returns the default.</summary>
    private T? Guard<T>(Func<T> operation)
    {
        if (connection is null)
        {
            return default;
        }

        try
        {
            return operation();
        }
        catch (SqliteException e)
        {
            GiveUp(e);
            return default;
        }
    }

    private void GiveUp(Exception e)
    {
        var what = e is SqliteException sqlite ? Describe(sqlite) : "cannot be opened or written";
        var kind = e is SqliteException { SqliteErrorCode: 11 or 26 } ? DiagnosticKind.Corrupt : DiagnosticKind.Unreadable;
        GiveUp($"cache database {what}; running without cache", kind, DiagnosticDetail.Of(e));
    }

    private void GiveUp(string message, DiagnosticKind kind = DiagnosticKind.Unreadable, string? detail = null)
    {
        diagnostics.Add(new Diagnostic(Path, kind, message) { Skipped = false, Detail = detail });
        connection?.Dispose();
        connection = null;
    }

    private static string Describe(SqliteException e) => e.SqliteErrorCode switch
    {
        26 => "is not a SQLite database (delete it or choose another with --db)",
        11 => "is corrupt (delete it or choose another with --db)",
        5 or 6 => "is locked by another process",
        8 => "is read-only",
        13 => "cannot grow: the disk is full",
        14 => "cannot be opened",
        _ => $"failed (SQLite error {e.SqliteErrorCode})",
    };
}
