using System.Text;
using NoteMiner.Security.Tests.Cli;
using NoteMiner.Security.Tests.Corpus;
using NoteMiner.Testing;

namespace NoteMiner.Security.Tests;

/// <summary>The limit options of SECURITY.md, through the real CLI: over a limit, one line and the batch goes on.</summary>
public sealed class LimitOptionTests
{
    [Fact]
    public void Should_SkipOnlyTheLargeFile_When_ItExceedsMaxFileMb()
    {
        using var folder = new TempFolder();
        var large = folder.Write("large.txt", new string('x', 40 * 1024) + "\n");
        var small = folder.Write("small.txt", "Blood pressure 128/80.\n");

        var run = NoteMinerProcess.Run("extract", large, small, "--json", "--max-file-mb", "0.03");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"noteminer: {large}: file of 40,961 bytes exceeds the limit of 31,458"], run.StderrLines);
        Assert.Contains("Blood pressure 128/80.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_SkipTheWordFile_When_APartInflatesPastMaxDocxMb()
    {
        using var folder = new TempFolder();
        var note = folder.Write("note.docx", DocxFiles.Plain(Enumerable.Repeat("Medication list reviewed with the patient and caregiver.", 20_000).ToArray()));

        var limited = NoteMinerProcess.Run("extract", note, "--json", "--max-docx-mb", "1");
        var unlimited = NoteMinerProcess.Run("extract", note, "--json");

        Assert.Equal(1, limited.ExitCode);
        var line = Assert.Single(limited.StderrLines);
        Assert.StartsWith($"noteminer: {note}: possible zip bomb: a part of ", line, StringComparison.Ordinal);
        Assert.EndsWith("exceeds the limit of 1,048,576; not decompressed", line, StringComparison.Ordinal);
        Assert.Equal(0, unlimited.ExitCode);
    }

    [Fact]
    public void Should_SkipTheImageBeforeDecodingIt_When_ItHasMorePixelsThanMaxPixels()
    {
        using var folder = new TempFolder();
        var scan = folder.Write("scan.png", BinaryFiles.PngHeader(2_000, 2_000));

        var run = NoteMinerProcess.Run("extract", scan, "--json", "--max-pixels", "1.5");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"noteminer: {scan}: page 1: page image of 2,000×2,000 pixels exceeds the limit of 1,500,000 pixels"], run.StderrLines);
    }

    [Fact]
    public void Should_SkipTheDocument_When_ItHasMorePagesThanMaxPages()
    {
        using var folder = new TempFolder();
        var text = folder.Write("paged.txt", string.Join('\f', Enumerable.Range(1, 5).Select(p => $"Page {p} of the visit note.\n")));

        var run = NoteMinerProcess.Run("extract", text, "--json", "--max-pages", "2");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"noteminer: {text}: 5 pages exceed the limit of 2"], run.StderrLines);
    }

    [Fact]
    public void Should_AbandonTheDocumentWithOneLine_When_ItRunsPastTheTimeout()
    {
        using var folder = new TempFolder();
        var slow = folder.Write("long.pdf", PdfAbuse.ManyPages(2_000));

        // Two thousand pages cannot be read in 50 ms (a tiny budget keeps the test from depending on speed).
        var run = NoteMinerProcess.Run("extract", slow, "--json", "--timeout", "0.05");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"noteminer: {slow}: not read within the time limit of 0.05 s"], run.StderrLines);
        Assert.Contains("\"kind\":\"timeout\"", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_SkipOnlyThatDocument_When_ItNeedsMoreMemoryThanTheHeapLimit()
    {
        using var folder = new TempFolder();
        // Five million one-letter lines: 10 MB on disk, 1.6 GB as lines and words; no size or page limit catches it.
        var amplifier = folder.Write("lines.txt", string.Concat(Enumerable.Repeat("a\n", 5_000_000)));
        var note = folder.Write("note.txt", "Blood pressure 128/80.\n");

        // The CLI's own heap limit is half the machine's memory; a smaller one keeps the test light.
        var run = NoteMinerProcess.Run(new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x20000000" }, "extract", amplifier, note, "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"noteminer: {amplifier}: needs more memory than the heap limit allows; not read"], run.StderrLines);
        Assert.Contains("Blood pressure 128/80.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_CapTheHeapAtHalfTheMemory_When_TheCliStarts()
    {
        using var config = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.ChangeExtension(NoteMinerProcess.Dll, ".runtimeconfig.json")));

        var percent = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty("System.GC.HeapHardLimitPercent").GetInt32();

        Assert.Equal(50, percent);
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("appeal")]
    public void Should_ReadTheChartUnderTheLimits_When_TheCommandAudits(string command)
    {
        using var folder = new TempFolder();
        var chart = Path.Combine(folder.Path, "chart");
        Directory.CreateDirectory(chart);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Samples, "james-okafor")))
        {
            File.Copy(file, Path.Combine(chart, Path.GetFileName(file)));
        }

        string[] args = command == "audit"
            ? ["audit", chart, "--no-db", "--max-file-mb", "0.004"]
            : ["appeal", chart, "--claim", Path.Combine(chart, "claim.json"), "--out", folder.File("appeal.md"), "--force", "--max-file-mb", "0.004"];
        var run = NoteMinerProcess.Run(args);

        Assert.Equal(1, run.ExitCode);
        var docx = Path.Combine(chart, "care_plan.docx");
        Assert.Contains($"noteminer: {docx}: file of {new FileInfo(docx).Length:N0} bytes exceeds the limit of 4,195", run.StderrLines);
    }

    [Theory]
    [InlineData("audit")]
    [InlineData("sample")]
    [InlineData("appeal")]
    public void Should_ExitTwoBeforeReading_When_ACommandThatReadsChartsGetsABadLimit(string command)
    {
        var samples = RepoPaths.Samples;
        string[] args = command switch
        {
            "audit" => ["audit", samples, "--no-db", "--max-pages", "0"],
            "sample" => ["sample", samples, "--n", "1", "--seed", "1", "--no-db", "--max-pages", "0"],
            _ => ["appeal", Path.Combine(samples, "james-okafor"), "--claim", Path.Combine(samples, "james-okafor", "claim.json"), "--out", Path.Combine(Path.GetTempPath(), "never-written.md"), "--max-pages", "0"],
        };

        var run = NoteMinerProcess.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["noteminer: --max-pages must be a positive number, not 0"], run.StderrLines);
    }

    [Theory]
    [InlineData("--max-pages", "0")]
    [InlineData("--timeout", "-1")]
    [InlineData("--max-pixels", "0")]
    public void Should_ExitTwoWithOneLine_When_ALimitIsNotPositive(string option, string value)
    {
        using var folder = new TempFolder();
        var text = folder.Write("note.txt", "Blood pressure 128/80.\n");

        var run = NoteMinerProcess.Run("extract", text, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"noteminer: {option} must be a positive number, not {value}"], run.StderrLines);
        Assert.Equal("", run.Stdout);
    }
}
