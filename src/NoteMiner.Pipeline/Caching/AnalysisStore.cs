using Microsoft.Data.Sqlite;

namespace NoteMiner.Pipeline.Caching;

/// <summary>
/// Analyses kept in an embedded SQLite database, keyed by file content hash (SHA-256), model id and pipeline
/// version, so a re-run skips unchanged documents and an interrupted batch resumes. Each document is committed as
/// soon as it is saved. WAL journal, one connection used by one thread at a time (one writer). A store that
/// cannot be used (not a database, corrupt, newer schema, not writable) reports a diagnostic and behaves as empty.
/// </summary>
public sealed partial class AnalysisStore : IDisposable
{
    /// <summary>The schema this code writes; older schemas are rebuilt (it is a cache), newer ones left alone.</summary>
    public const int SchemaVersion = 1;

    private readonly Lock gate = new();
    private readonly List<Diagnostic> diagnostics = [];
    private SqliteConnection? connection;

    private AnalysisStore(string path)
    {
        Path = path;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>False once the store has given up (see <see cref="Diagnostics"/>); it then finds and saves nothing.</summary>
    public bool IsAvailable
    {
        get
        {
            lock (gate)
            {
                return connection is not null;
            }
        }
    }

    /// <summary>Problems with the database; never about a chart document.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            lock (gate)
            {
                return diagnostics.ToList();
            }
        }
    }

    /// <summary>Opens or creates the store at <paramref name="path"/>. Never throws for a bad or unusable file.</summary>
    public static AnalysisStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var store = new AnalysisStore(path);
        store.Initialize();
        return store;
    }

    /// <summary>The stored analysis of a file with these bytes under <paramref name="fingerprint"/>, attributed to <paramref name="path"/>.</summary>
    public AnalyzedDocument? Find(string contentHash, AnalyzerFingerprint fingerprint, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(path);
        byte[]? payload;
        lock (gate)
        {
            payload = Guard(() =>
            {
                using var command = connection!.CreateCommand();
                command.CommandText =
                    "SELECT payload FROM analyses WHERE content_hash = $hash AND model_id = $model AND pipeline_version = $pipeline";
                Bind(command, contentHash, fingerprint);
                return command.ExecuteScalar() as byte[];
            });
        }

        if (payload is null)
        {
            return null;
        }

        try
        {
            return AnalysisCodec.Decode(payload, path);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or NotSupportedException)
        {
            // One damaged row: analyse the file again and overwrite it.
            return null;
        }
    }

    /// <summary>Saves and commits the analysis of a file with these bytes.</summary>
    public void Save(string contentHash, AnalyzerFingerprint fingerprint, AnalyzedDocument analysis)
    {
        ArgumentException.ThrowIfNullOrEmpty(contentHash);
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(analysis);
        var payload = AnalysisCodec.Encode(analysis);
        lock (gate)
        {
            Guard(() =>
            {
                using var command = connection!.CreateCommand();
                command.CommandText =
                    "INSERT OR REPLACE INTO analyses (content_hash, model_id, pipeline_version, payload, stored_at) "
                    + "VALUES ($hash, $model, $pipeline, $payload, $at)";
                Bind(command, contentHash, fingerprint);
                command.Parameters.AddWithValue("$payload", payload);
                command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                return command.ExecuteNonQuery();
            });
        }
    }

    /// <summary>How many analyses the store holds (all fingerprints).</summary>
    public int Count()
    {
        lock (gate)
        {
            return Guard(() =>
            {
                using var command = connection!.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM analyses";
                return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            });
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            connection?.Dispose();
            connection = null;
        }
    }

    private static void Bind(SqliteCommand command, string contentHash, AnalyzerFingerprint fingerprint)
    {
        command.Parameters.AddWithValue("$hash", contentHash);
        command.Parameters.AddWithValue("$model", fingerprint.ModelId);
        command.Parameters.AddWithValue("$pipeline", fingerprint.PipelineVersion);
    }
}
