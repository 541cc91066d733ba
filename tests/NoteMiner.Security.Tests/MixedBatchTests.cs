using System.Text.Json;
using NoteMiner.Security.Tests.Cli;
using NoteMiner.Security.Tests.Corpus;
using NoteMiner.Testing;
using Xunit.Abstractions;

namespace NoteMiner.Security.Tests;

/// <summary>
/// The whole bad-input corpus in one batch beside a good chart, through the real CLI: the batch finishes, the good
/// chart comes out exactly as it does alone, every bad file costs one line on stderr and nothing else.
/// </summary>
public sealed class MixedBatchTests(ITestOutputHelper output)
{
    /// <summary>Generous: a run here peaks near 300 MB; a decompression bomb that got through would not stay under it.</summary>
    private const long MemoryCap = 2L * 1024 * 1024 * 1024;

    [Fact]
    public void Should_ReadTheGoodChartUnchangedAndReportEachBadFileOnce_When_BadFilesAreMixedIn()
    {
        using var folder = new TempFolder();
        var good = CopyChart(Path.Combine(RepoPaths.Samples, "maria-kowalski"), Path.Combine(folder.Path, "good"));
        var badFolder = Path.Combine(folder.Path, "bad");
        using var trap = new ConnectionTrap();
        var bad = BadInputCorpus.Write(badFolder, trap.Url, unreadable: NoteMinerProcess.CanEnforcePermissions);
        string[] limits = ["--max-pages", BadInputCorpus.MaxPages.ToString(System.Globalization.CultureInfo.InvariantCulture)];

        var alone = NoteMinerProcess.Run(["extract", good, "--json", .. limits]);
        var mixed = NoteMinerProcess.Run(["extract", good, badFolder, "--json", .. limits]);

        output.WriteLine($"good chart alone: {alone.Elapsed.TotalSeconds:0.0} s, peak {alone.PeakMemoryBytes / (1024 * 1024)} MB");
        output.WriteLine($"with {bad.Count} bad inputs: {mixed.Elapsed.TotalSeconds:0.0} s, peak {mixed.PeakMemoryBytes / (1024 * 1024)} MB");
        output.WriteLine(mixed.Stderr);
        Assert.True(alone.ExitCode == 0, $"the good chart alone exited {alone.ExitCode}:\n{alone.Stderr}");
        Assert.Equal(1, mixed.ExitCode);
        Assert.DoesNotContain("   at ", mixed.Stderr, StringComparison.Ordinal);
        Assert.Equal(GoodDocuments(alone.Stdout, good), GoodDocuments(mixed.Stdout, good));
        CheckEachBadInput(bad, mixed);
        Assert.Equal(0, trap.Connections);
        Assert.True(mixed.PeakMemoryBytes < MemoryCap, $"peak memory {mixed.PeakMemoryBytes / (1024 * 1024)} MB");
    }

    [Fact]
    public void Should_AuditTheGoodChartUnchangedAndReportEachBadFileOnce_When_ABadChartIsAuditedBesideIt()
    {
        using var folder = new TempFolder();
        var good = CopyChart(Path.Combine(RepoPaths.Samples, "james-okafor"), Path.Combine(folder.Path, "good"));
        var badFolder = Path.Combine(folder.Path, "bad");
        using var trap = new ConnectionTrap();
        var bad = BadInputCorpus.Write(badFolder, trap.Url, unreadable: NoteMinerProcess.CanEnforcePermissions);
        string[] options = ["--no-db", "--max-pages", BadInputCorpus.MaxPages.ToString(System.Globalization.CultureInfo.InvariantCulture)];

        var alone = NoteMinerProcess.Run(["audit", good, .. options]);
        var mixed = NoteMinerProcess.Run(["audit", good, badFolder, .. options]);

        output.WriteLine($"audit with {bad.Count} bad inputs: {mixed.Elapsed.TotalSeconds:0.0} s, peak {mixed.PeakMemoryBytes / (1024 * 1024)} MB");
        Assert.True(alone.ExitCode == 0, $"the good chart alone exited {alone.ExitCode}:\n{alone.Stderr}");
        Assert.Equal(1, mixed.ExitCode);
        Assert.DoesNotContain("   at ", mixed.Stderr, StringComparison.Ordinal);
        Assert.Equal(GoodChart(alone.Stdout), GoodChart(mixed.Stdout));
        foreach (var input in bad.Where(b => b.Outcome != BadInputOutcome.Read))
        {
            var own = mixed.StderrLines.Count(l => l.StartsWith($"noteminer: {input.Path}: ", StringComparison.Ordinal));
            Assert.True(own == 1, $"{input.What}: {own} lines on stderr");
        }

        Assert.Equal(0, trap.Connections);
        Assert.True(mixed.PeakMemoryBytes < MemoryCap, $"peak memory {mixed.PeakMemoryBytes / (1024 * 1024)} MB");
    }

    /// <summary>The first chart of an audit report, as raw JSON.</summary>
    private static string GoodChart(string stdout)
    {
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.GetProperty("charts")[0].GetRawText();
    }

    private static void CheckEachBadInput(IReadOnlyList<BadInput> bad, CliRun run)
    {
        var lines = run.StderrLines;
        using var json = JsonDocument.Parse(run.Stdout);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("path").GetString()!, d => d.Clone(), StringComparer.Ordinal);
        foreach (var input in bad)
        {
            var own = lines.Where(l => l.StartsWith($"noteminer: {input.Path}: ", StringComparison.Ordinal)).ToList();
            var expectedLines = input.Outcome == BadInputOutcome.Read ? 0 : 1;
            Assert.True(own.Count == expectedLines, $"{input.What} ({Path.GetFileName(input.Path)}): {own.Count} lines on stderr, expected {expectedLines}:\n{string.Join('\n', own)}");
            if (input.Outcome == BadInputOutcome.NotADocument)
            {
                Assert.False(documents.ContainsKey(input.Path), $"{input.What} was read as a document");
                continue;
            }

            Assert.True(documents.TryGetValue(input.Path, out var document), $"{input.What}: no document in the JSON");
            var pages = document.GetProperty("pages").GetArrayLength();
            var diagnostics = document.GetProperty("diagnostics").EnumerateArray().ToList();
            Assert.True(input.Outcome == BadInputOutcome.Skipped ? pages == 0 : pages > 0, $"{input.What}: {pages} pages");
            Assert.Equal(expectedLines, diagnostics.Count);
            if (input.Kind is { } kind)
            {
                Assert.True(diagnostics[0].GetProperty("kind").GetString() == kind, $"{input.What}: {diagnostics[0]}");
            }
        }

        var unexplained = lines.Where(l => !bad.Any(b => l.StartsWith($"noteminer: {b.Path}: ", StringComparison.Ordinal))).ToList();
        Assert.True(unexplained.Count == 0, "stderr lines for no bad input:\n" + string.Join('\n', unexplained));
    }

    /// <summary>The good chart's documents in the extract JSON, each as its raw JSON text.</summary>
    private static List<string> GoodDocuments(string stdout, string good)
    {
        using var json = JsonDocument.Parse(stdout);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray()
            .Where(d => d.GetProperty("path").GetString()!.StartsWith(good, StringComparison.Ordinal))
            .Select(d => d.GetRawText())
            .ToList();
        Assert.NotEmpty(documents);
        return documents;
    }

    private static string CopyChart(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        return to;
    }
}
