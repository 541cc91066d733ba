using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using NoteMiner.Cli.Commands;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Tests.Commands;

public sealed partial class LimitOptionTests
{
    [Fact]
    public void Should_KeepTheDefaultLimits_When_NoLimitOptionIsGiven()
    {
        Assert.Equal(ExtractionLimits.Default, new ExtractCommand.Settings().Limits());
    }

    [Fact]
    public void Should_MapEveryLimitOption_When_AllAreGiven()
    {
        var settings = new ExtractCommand.Settings
        {
            MaxFileMb = 1.5,
            MaxPages = 7,
            MaxPixels = 2.5,
            MaxDocxMb = 3,
            MaxPdfDepth = 40,
            Timeout = 12.5,
            OcrPageTimeout = 4,
        };

        var limits = settings.Limits();

        Assert.Equal(new ExtractionLimits
        {
            MaxFileBytes = 1_572_864,
            MaxPages = 7,
            MaxImagePixels = 2_500_000,
            MaxDecompressedBytes = 3_145_728,
            MaxPdfNestingDepth = 40,
            TimePerDocument = TimeSpan.FromSeconds(12.5),
            TimePerOcrPage = TimeSpan.FromSeconds(4),
        }, limits);
        Assert.Equal(limits, settings.ExtractionOptions().Limits);
    }

    [Theory]
    [InlineData("--max-pages", 0)]
    [InlineData("--max-pdf-depth", -1)]
    [InlineData("--timeout", 0)]
    [InlineData("--max-file-mb", -2)]
    public void Should_RefuseTheValue_When_ALimitIsNotPositive(string option, int value)
    {
        var settings = option switch
        {
            "--max-pages" => new ExtractCommand.Settings { MaxPages = value },
            "--max-pdf-depth" => new ExtractCommand.Settings { MaxPdfDepth = value },
            "--timeout" => new ExtractCommand.Settings { Timeout = value },
            _ => new ExtractCommand.Settings { MaxFileMb = value },
        };

        var error = Assert.Throws<UsageException>(() => settings.Limits());

        Assert.Equal($"{option} must be a positive number, not {value}", error.Message);
    }

    [Fact]
    public void Should_RefuseTheValue_When_PdfDepthIsAboveWhatTheParserSurvives()
    {
        var error = Assert.Throws<UsageException>(() => new ExtractCommand.Settings { MaxPdfDepth = 1001 }.Limits());

        Assert.Equal("--max-pdf-depth must be at most 1000, not 1001", error.Message);
        Assert.Equal(1000, new ExtractCommand.Settings { MaxPdfDepth = 1000 }.Limits().MaxPdfNestingDepth);
    }

    [Fact]
    public void Should_StateTheRealDefaults_When_HelpDescribesTheLimitOptions()
    {
        var limits = ExtractionLimits.Default;
        var expected = new Dictionary<string, double>
        {
            ["--max-file-mb"] = limits.MaxFileBytes / (1024.0 * 1024),
            ["--max-pages"] = limits.MaxPages,
            ["--max-pixels"] = limits.MaxImagePixels / 1_000_000.0,
            ["--max-docx-mb"] = limits.MaxDecompressedBytes / (1024.0 * 1024),
            ["--max-pdf-depth"] = limits.MaxPdfNestingDepth,
            ["--timeout"] = limits.TimePerDocument.TotalSeconds,
            ["--ocr-page-timeout"] = limits.TimePerOcrPage.TotalSeconds,
        };

        var described = typeof(CommonSettings).GetProperties()
            .Select(p => (Option: p.GetCustomAttribute<CommandOptionAttribute>(), Description: p.GetCustomAttribute<DescriptionAttribute>()))
            .Where(p => p.Option is not null && p.Option.LongNames.Any(n => expected.ContainsKey("--" + n)))
            .ToDictionary(
                p => "--" + p.Option!.LongNames[0],
                p => double.Parse(DefaultInDescription().Match(p.Description!.Description).Groups[1].Value, CultureInfo.InvariantCulture));

        Assert.Equal(expected.OrderBy(e => e.Key), described.OrderBy(d => d.Key));
    }

    [GeneratedRegex(@"\(default ([0-9.]+)\)")]
    private static partial Regex DefaultInDescription();
}
