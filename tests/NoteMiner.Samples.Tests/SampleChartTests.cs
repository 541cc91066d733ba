using System.Text.RegularExpressions;
using NoteMiner.Extraction;
using NoteMiner.Samples.Tests.Generation;
using NoteMiner.Testing;

namespace NoteMiner.Samples.Tests;

/// <summary>
/// The bundled sample charts: each file is what its source text renders to, and extracts to the lines the
/// audit and appeal are demonstrated on. With <c>NOTEMINER_WRITE_SAMPLES=1</c> the generation tests rewrite
/// <c>samples/</c> instead of comparing.
/// </summary>
public sealed partial class SampleChartTests
{
    private static readonly DocumentReader Reader = DefaultExtractors.CreateReader();

    public static TheoryData<string> ReproducibleFiles { get; } =
        new(SampleGenerator.Files.Where(f => f.Format != SampleFormat.ScannedPdf).Select(f => f.Sample));

    [Theory]
    [MemberData(nameof(ReproducibleFiles))]
    public void Should_MatchItsSourceByteForByte_When_SampleIsRegenerated(string sample)
    {
        var file = SampleGenerator.Files.Single(f => f.Sample == sample);

        var rendered = SampleGenerator.Render(file);

        if (SampleGenerator.WriteRequested)
        {
            File.WriteAllBytes(SampleGenerator.SamplePath(file), rendered);
        }

        Assert.True(
            rendered.AsSpan().SequenceEqual(File.ReadAllBytes(SampleGenerator.SamplePath(file))),
            $"samples/{sample} is out of date with its source; run the tests with {SampleGenerator.WriteVariable}=1");
    }

    [PopplerFact]
    public void Should_RenderAnImageOnlyPage_When_ScannedSampleIsRegenerated()
    {
        var file = SampleGenerator.Files.Single(f => f.Format == SampleFormat.ScannedPdf);
        using var folder = new TempFolder();

        var rendered = SampleGenerator.Render(file);

        // JPEG bytes depend on the installed libjpeg and poppler, so the committed scan is compared by its properties.
        var path = SampleGenerator.WriteRequested ? SampleGenerator.SamplePath(file) : folder.File("scan.pdf");
        File.WriteAllBytes(path, rendered);
        AssertImageOnlyPage(path);
    }

    [PopplerFact]
    public void Should_HaveNoTextLayer_When_ReadingTheCommittedFax()
    {
        AssertImageOnlyPage(Path.Combine(RepoPaths.Samples, "maria-kowalski", "discharge_fax.pdf"));
    }

    [PopplerFact]
    public void Should_HoldTheCarePlanOnThreeOrFourPages_When_MariasPdfIsRead()
    {
        var pages = Poppler.Text(Path.Combine(RepoPaths.Samples, "maria-kowalski", "care_plan.pdf")).TrimEnd('\f').Split('\f');

        Assert.InRange(pages.Length, 3, 4);
        for (var p = 0; p < pages.Length; p++)
        {
            Assert.Contains("Riverbend Family Medicine", pages[p], StringComparison.Ordinal);
            Assert.Contains($"Page {p + 1} of {pages.Length}", pages[p], StringComparison.Ordinal);
        }

        var text = Normalize(string.Join(' ', pages));
        Assert.All(MariaCarePlanKeyPassages, passage => Assert.Contains(passage, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ExtractTwoPagesWithTableAndList_When_ReadingMariasNurseNote()
    {
        var document = Read("maria-kowalski", "nurse_note.docx");

        Assert.Equal(2, document.Pages.Count);
        var lines = document.Pages.SelectMany(p => p.Lines).ToList();
        Assert.Equal("Riverbend Family Medicine - Care Management", lines[0].Text);
        Assert.True(lines[0].Style.HasFlag(LineStyle.PageFurniture));
        Assert.True(Line(lines, "RN Care Manager Note: Post-Discharge Follow-up Call").Style.HasFlag(LineStyle.Heading));
        Assert.Equal(LineStyle.TableRow, Line(lines, "Drug | Dose | Frequency | Status").Style & LineStyle.TableRow);
        Assert.Equal(LineStyle.TableRow, Line(lines, "Furosemide | 40 mg | twice daily | changed at discharge (was 20 mg daily)").Style);
        Assert.Equal(LineStyle.ListItem, Line(lines, "Call the same day for a weight gain of more than 2 lb in a day or 5 lb in a week.").Style);
        Assert.Contains(lines, l => l.Text.Contains("admitted 02/10/2026", StringComparison.Ordinal) && l.Text.Contains("discharged home 02/14/2026", StringComparison.Ordinal));
        Assert.Equal("Education Provided", document.Pages[1].Lines[0].Text);
        Assert.Equal("Confidential patient information - Riverbend Family Medicine", document.Pages[1].Lines[^1].Text);
    }

    [Fact]
    public void Should_ShowTheGaps_When_ReadingJamesCarePlan()
    {
        var document = Read("james-okafor", "care_plan.docx");

        var lines = document.Pages.SelectMany(p => p.Lines).Select(l => l.Text).ToList();
        Assert.Equal(2, document.Pages.Count);
        Assert.Contains("Caregiver: N/A", lines);
        Assert.Contains("Environmental assessment: not performed.", lines);
        Assert.Contains("Care plan reviewed 04/20/2026, no changes.", lines);
        Assert.Contains("Copy of care plan available on request.", lines);
        Assert.Contains("Goals: Patient will improve self-management of chronic conditions and comply with medication regimen.", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Revised", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_DateTheEmergencyVisit_When_ReadingJamesVisitNote()
    {
        var lines = Read("james-okafor", "visit_note.txt").Pages.Single().Lines.Select(l => l.Text).ToList();

        Assert.Contains(lines, l => l.Contains("emergency department on 04/02/2026 for a COPD exacerbation", StringComparison.Ordinal));
    }

    private static readonly string[] MariaCarePlanKeyPassages =
    [
        "Revised 02/20/2026 after hospitalization for CHF exacerbation 02/10-02/14/2026: furosemide increased to 40 mg BID, daily weights added, HF clinic referral.",
        "Care plan reviewed with patient and daughter; copy sent via patient portal 03/04/2026; patient agrees with plan.",
        "A1c < 8% by 09/2026",
        "weight gain > 2 lb/day or 5 lb/week",
        "Mini-Cog 01/15/2026: 4/5",
        "Timed Up and Go 14 seconds",
        "PHQ-9: 8 on 01/15/2026",
        "throw rugs removed from the hallway and kitchen; grab bars installed",
        "Primary caregiver: Anna Nowak, daughter",
        "Zarit Burden Interview (12-item) score 14",
        "Meals on Wheels (Riverbend County Office of Aging): referral faxed 01/20/2026",
        "next full review due 07/15/2026",
        "Advance directive: discussed, patient will think about it.",
        "CCM consent: verbal consent obtained on 01/08/2026",
        "March 2026 Monthly total all staff 41",
    ];

    private static void AssertImageOnlyPage(string path)
    {
        var text = Poppler.Text(path);

        Assert.Equal(1, text.Count(c => c == '\f'));
        Assert.DoesNotMatch("[A-Za-z0-9]", text);
        Assert.InRange(new FileInfo(path).Length, 50_000, 400_000);
    }

    private static ExtractedDocument Read(string chart, string file)
    {
        var document = Reader.Read(Path.Combine(RepoPaths.Samples, chart, file), ExtractionOptions.Default);
        Assert.Empty(document.Diagnostics);
        return document;
    }

    private static Line Line(IEnumerable<Line> lines, string text) => Assert.Single(lines, l => l.Text == text);

    private static string Normalize(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
