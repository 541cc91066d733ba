using System.Text.Json;
using NoteMiner.Composer.Citations;
using NoteMiner.Composer.Markdown;
using NoteMiner.Composer.Tests.Fixtures;

namespace NoteMiner.Composer.Tests;

public sealed class CitationEvidenceTests
{
    [Theory]
    [MemberData(nameof(GoldenTests.Cases), MemberType = typeof(GoldenTests))]
    public void Should_QuoteOnlyVerbatimTextAtItsLocation_When_EvidenceJsonIsWritten(string name)
    {
        var letter = GoldenCase.Composer().Compose(GoldenCase.Load(name).Request()).Letter!;

        using var json = JsonDocument.Parse(CitationsJson.ToBytes(letter.Citations));

        Assert.Equal("noteminer.citations/1", json.RootElement.GetProperty("schema").GetString());
        var citations = json.RootElement.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        foreach (var citation in citations)
        {
            var file = citation.GetProperty("file").GetString()!;
            var page = InventedChart.All.Single(d => d.Path == file).Pages[citation.GetProperty("page").GetInt32() - 1];
            var lines = citation.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()).ToList();
            var extracted = string.Join(' ', page.Lines.Where(l => l.Number >= lines[0] && l.Number <= lines[1]).Select(l => l.Text));
            var text = citation.GetProperty("text").GetString()!;
            Assert.Contains(text, extracted, StringComparison.Ordinal);
            Assert.True(ElementLabels.TryParse(citation.GetProperty("element").GetString()!, out _));
        }
    }

    [Theory]
    [MemberData(nameof(GoldenTests.Cases), MemberType = typeof(GoldenTests))]
    public void Should_ListEveryQuoteTheLetterPrints_When_EvidenceIsCollected(string name)
    {
        var letter = GoldenCase.Composer().Compose(GoldenCase.Load(name).Request()).Letter!;

        var quoted = letter.Markdown.Split('“').Skip(1).Select(s => s[..s.IndexOf('”', StringComparison.Ordinal)])
            .Where(q => !q.StartsWith("Care plan not", StringComparison.Ordinal) && !q.StartsWith("Care coordination activities", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(quoted);
        Assert.All(quoted, q => Assert.Contains(letter.Citations, c => MarkdownText.Escape(c.Quote) == q));
    }

    [Fact]
    public void Should_DropAndReportAQuote_When_ItIsNotVerbatimAtItsLocation()
    {
        var result = GoldenCase.Composer().Compose(GoldenCase.Load("001-ccm02-complete").Request());

        var dropped = Assert.Single(result.Dropped);
        Assert.Equal(ElementLabel.Psychosocial, dropped.Citation.Element);
        Assert.DoesNotContain("(moderate)", result.Letter!.Markdown, StringComparison.Ordinal);
        Assert.Contains("PHQ-9 score 7 (mild)", result.Letter.Markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("PHQ", dropped.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_MarkOcrQuotes_When_ThePageWasScanned()
    {
        var letter = GoldenCase.Composer().Compose(GoldenCase.Load("003-ccm06-complete").Request()).Letter!;

        var ocr = Assert.Single(letter.Citations, c => c.Source == PageSource.Ocr);
        Assert.Equal(InventedChart.CardiologyFax.Path, ocr.File);
        Assert.Contains("scans/cardiology_fax.pdf, p. 1, lines 2–3 (OCR)", letter.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_TrimALongPassageAtAWordBoundary_When_ItIsQuoted()
    {
        var letter = GoldenCase.Composer().Compose(GoldenCase.Load("003-ccm06-complete").Request()).Letter!;

        var timeLog = Assert.Single(letter.Citations, c => c.Element == ElementLabel.TimeLog);
        Assert.True(timeLog.Trimmed);
        Assert.True(timeLog.Quote.Length <= 300);
        Assert.EndsWith("…", timeLog.Quote, StringComparison.Ordinal);
        Assert.Contains(timeLog.Text + " ", InventedChart.CarePlan.Pages[1].Lines[15].Text, StringComparison.Ordinal);
    }
}
