using System.Security.Cryptography;
using NoteMiner.Security.Tests.Cli;
using NoteMiner.Testing;

namespace NoteMiner.Security.Tests;

/// <summary>Outputs never land on an input: reports, letters, evidence and the cache, through the real CLI.</summary>
public sealed class OutputSafetyTests
{
    [Fact]
    public void Should_RefuseAndLeaveTheChartAlone_When_AReportWouldOverwriteAnInput()
    {
        using var chart = new ChartCopy();

        var run = NoteMinerProcess.Run("audit", chart.Folder, "--json", chart.Note, "--no-db");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"noteminer: {chart.Note}: is an input file; refusing to overwrite it"], run.StderrLines);
        chart.AssertUnchanged();
    }

    [Fact]
    public void Should_WriteNothing_When_TheEvidenceFileWouldOverwriteAnInputButTheLetterWouldNot()
    {
        using var chart = new ChartCopy();
        var letter = Path.Combine(chart.Folder, "..", "appeal.md");

        var run = NoteMinerProcess.Run("appeal", chart.Folder, "--claim", chart.Claim, "--out", letter, "--evidence", chart.Claim, "--force");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"noteminer: {chart.Claim}: is an input file; refusing to overwrite it", run.StderrLines[^1]);
        Assert.False(File.Exists(letter));
        chart.AssertUnchanged();
    }

    [Fact]
    public void Should_RefuseTheCache_When_ItNamesAChartFileThatSqliteWouldTakeOver()
    {
        using var chart = new ChartCopy();
        var empty = Path.Combine(chart.Folder, "empty.txt");
        File.WriteAllBytes(empty, []);

        var run = NoteMinerProcess.Run("audit", chart.Folder, "--db", empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"noteminer: {empty}: is an input file; refusing to use it as the cache"], run.StderrLines);
        Assert.Equal(0, new FileInfo(empty).Length);
    }

    /// <summary>A copy of a sample chart and the hashes of its files.</summary>
    private sealed class ChartCopy : IDisposable
    {
        private readonly TempFolder _folder = new();
        private readonly Dictionary<string, string> _hashes = [];

        public ChartCopy()
        {
            Folder = _folder.File("chart");
            Directory.CreateDirectory(Folder);
            foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Samples, "james-okafor")))
            {
                var copy = Path.Combine(Folder, Path.GetFileName(file));
                File.Copy(file, copy);
                _hashes[copy] = Hash(copy);
            }
        }

        public string Folder { get; }

        public string Note => Path.Combine(Folder, "visit_note.txt");

        public string Claim => Path.Combine(Folder, "claim.json");

        public void AssertUnchanged()
        {
            Assert.Equal(_hashes.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(Folder).Order(StringComparer.Ordinal));
            Assert.All(_hashes, h => Assert.Equal(h.Value, Hash(h.Key)));
        }

        public void Dispose() => _folder.Dispose();

        private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
    }
}
