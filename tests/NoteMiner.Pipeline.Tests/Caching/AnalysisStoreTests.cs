using NoteMiner.Pipeline.Caching;
using NoteMiner.Pipeline.Tests.Fixtures;
using NoteMiner.Testing;

namespace NoteMiner.Pipeline.Tests.Caching;

public sealed class AnalysisStoreTests
{
    private static readonly AnalyzerFingerprint Fingerprint = new("model-a", "pipeline/1");

    [Fact]
    public void Should_ReturnTheSameAnalysis_When_SavedAndFound()
    {
        using var temp = new TempFolder();
        var file = temp.Write("chart/note.txt", Charts.Complete);
        var analysis = new FakeAnalyzer().Analyze(file, CancellationToken.None);
        var hash = analysis.Document.ContentHash;

        using (var store = AnalysisStore.Open(temp.File("cache.db")))
        {
            store.Save(hash, Fingerprint, analysis);
        }

        using var reopened = AnalysisStore.Open(temp.File("cache.db"));
        var found = reopened.Find(hash, Fingerprint, file);

        Assert.NotNull(found);
        Assert.Equal(Describe(analysis), Describe(found));
        Assert.Equal(hash, found.Document.ContentHash);
        Assert.True(reopened.IsAvailable);
        Assert.Empty(reopened.Diagnostics);
    }

    [Fact]
    public void Should_AttributeToTheNewPath_When_SameBytesLiveElsewhere()
    {
        using var temp = new TempFolder();
        var first = temp.Write("a/note.txt", Charts.Complete);
        var second = temp.Write("b/copy.txt", Charts.Complete);
        var analysis = new FakeAnalyzer().Analyze(first, CancellationToken.None);
        using var store = AnalysisStore.Open(temp.File("cache.db"));
        store.Save(analysis.Document.ContentHash, Fingerprint, analysis);

        var found = store.Find(analysis.Document.ContentHash, Fingerprint, second)!;

        Assert.Equal(second, found.Document.Path);
        Assert.All(found.Passages, p => Assert.Equal(second, p.Passage.Location.File));
    }

    [Fact]
    public void Should_FindNothing_When_ModelOrPipelineDiffers()
    {
        using var temp = new TempFolder();
        var file = temp.Write("note.txt", Charts.Complete);
        var analysis = new FakeAnalyzer().Analyze(file, CancellationToken.None);
        using var store = AnalysisStore.Open(temp.File("cache.db"));
        store.Save(analysis.Document.ContentHash, Fingerprint, analysis);

        Assert.Null(store.Find(analysis.Document.ContentHash, Fingerprint with { ModelId = "model-b" }, file));
        Assert.Null(store.Find(analysis.Document.ContentHash, Fingerprint with { PipelineVersion = "pipeline/2" }, file));
        Assert.NotNull(store.Find(analysis.Document.ContentHash, Fingerprint, file));
    }

    [Fact]
    public void Should_RunWithoutCacheAndSayWhy_When_FileIsNotADatabase()
    {
        using var temp = new TempFolder();
        var path = temp.Write("cache.db", "this is not a SQLite database, just text that happens to be here\n");

        using var store = AnalysisStore.Open(path);
        store.Save("ab", Fingerprint, new AnalyzedDocument(new ExtractedDocument("x", DocumentKind.Text, [], []), []));

        Assert.False(store.IsAvailable);
        var diagnostic = Assert.Single(store.Diagnostics);
        Assert.Equal(path, diagnostic.File);
        Assert.Contains("not a SQLite database", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(store.Find("ab", Fingerprint, "x"));
        Assert.StartsWith("this is not", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_LeaveANewerSchemaAlone_When_Opened()
    {
        using var temp = new TempFolder();
        var path = temp.File("cache.db");
        AnalysisStore.Open(path).Dispose();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 99";
            command.ExecuteNonQuery();
        }

        using var store = AnalysisStore.Open(path);

        Assert.False(store.IsAvailable);
        Assert.Contains("newer", Assert.Single(store.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_RebuildTheCache_When_SchemaIsOlder()
    {
        using var temp = new TempFolder();
        var path = temp.File("cache.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (0); "
                + "CREATE TABLE analyses (old_layout TEXT)";
            command.ExecuteNonQuery();
        }

        using var store = AnalysisStore.Open(path);

        Assert.True(store.IsAvailable);
        Assert.Equal(0, store.Count());
    }

    /// <summary>Value equality of an analysis as the audit sees it (records with lists compare by reference).</summary>
    private static string Describe(AnalyzedDocument analysis) =>
        string.Join("\n", analysis.Document.Pages.SelectMany(p => p.Lines.Select(l => $"{p.Number}/{p.Source}/{l.Number}/{l.Box}/{l.Text}")))
        + "\n--\n"
        + string.Join("\n", analysis.Passages.Select(p =>
            $"{p.Passage.Kind}|{p.Passage.Text}|{p.Passage.Location with { File = "" }}|{p.Passage.FieldLabel}|{p.Classification}"));
}
