using NoteMiner.Composer.Citations;
using NoteMiner.Composer.Tests.Fixtures;

namespace NoteMiner.Composer.Tests;

public sealed class QuoteTests
{
    private static readonly ExtractedDocument Note = Documents.Pdf("note.pdf", ["Goals: A1c < 8% by", "09/2026 and walk daily."], ["Second page"]);

    [Fact]
    public void Should_KeepAShortPassageWhole_When_ItFits()
    {
        Assert.Equal(("A1c < 8%", false), QuoteTrimmer.Trim("  A1c < 8%  "));
    }

    [Fact]
    public void Should_CutAtAWordBoundaryWithAnEllipsis_When_APassageIsTooLong()
    {
        var passage = string.Join(' ', Enumerable.Repeat("glucose,", 60));

        var (text, trimmed) = QuoteTrimmer.Trim(passage);

        Assert.True(trimmed);
        Assert.True(text.Length + 1 <= 300);
        Assert.StartsWith(text, passage, StringComparison.Ordinal);
        Assert.EndsWith("glucose", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_CutInsideAToken_When_OneTokenIsLongerThanTheLimit()
    {
        var (text, trimmed) = QuoteTrimmer.Trim(new string('x', 400), 50);

        Assert.True(trimmed);
        Assert.Equal(49, text.Length);
    }

    [Fact]
    public void Should_VerifyAQuote_When_ItSpansTheJoinedLines()
    {
        var citation = new Citation(ElementLabel.Goals, "note.pdf", 1, 1, 2, "A1c < 8% by 09/2026", PageSource.Text);

        Assert.Null(CitationVerifier.Check(citation, [Note]));
    }

    [Theory]
    [InlineData("other.pdf", 1, 1, 2, "A1c < 8% by 09/2026", "file")]
    [InlineData("note.pdf", 3, 1, 2, "A1c < 8% by 09/2026", "page")]
    [InlineData("note.pdf", 1, 5, 6, "A1c < 8% by 09/2026", "lines")]
    [InlineData("note.pdf", 1, 1, 1, "A1c < 8% by 09/2026", "verbatim")]
    [InlineData("note.pdf", 1, 1, 2, "A1c <8% by 09/2026", "verbatim")]
    [InlineData("note.pdf", 1, 1, 2, "a1c < 8% by 09/2026", "verbatim")]
    [InlineData("note.pdf", 2, 1, 1, "Second page", null)]
    public void Should_DropAQuote_When_ItIsNotVerbatimAtItsLocation(string file, int page, int first, int last, string text, string? problem)
    {
        var result = CitationVerifier.Check(new Citation(ElementLabel.Goals, file, page, first, last, text, PageSource.Text), [Note]);

        if (problem is null)
        {
            Assert.Null(result);
        }
        else
        {
            Assert.Contains(problem, result, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_JoinOnlyTheLinesThatExist_When_LineNumbersHaveGaps()
    {
        var page = new Page(1, PageSource.Text, null, 80, 10, [new Line(1, "First", default), new Line(4, "Fourth", default)]);

        Assert.Equal("First Fourth", CitationVerifier.JoinedLines(page, 1, 4));
        Assert.Null(CitationVerifier.JoinedLines(page, 2, 3));
    }

    [Fact]
    public void Should_WriteLocationsAsLettersCiteThem_When_Formatted()
    {
        Assert.Equal("care_plan.pdf, p. 2, lines 14–15", CitationFormat.Location("care_plan.pdf", 2, 14, 15, PageSource.Text));
        Assert.Equal("scan.tif, p. 1, line 3 (OCR)", CitationFormat.Location("scan.tif", 1, 3, 3, PageSource.Ocr));
        Assert.Equal("pp. 1–3, 5", CitationFormat.Pages([3, 1, 2, 5, 2]));
        Assert.Equal("p. 4", CitationFormat.Pages([4]));
    }

    [Theory]
    [InlineData("- Walk 20 minutes daily by 05/2026.", "Walk 20 minutes daily by 05/2026.")]
    [InlineData("• Grab bars installed 01/2026", "Grab bars installed 01/2026")]
    [InlineData("3. A1c < 8% by 09/2026", "A1c < 8% by 09/2026")]
    [InlineData("2026 goals: A1c < 8%", "2026 goals: A1c < 8%")]
    public void Should_LeaveOutTheListMarker_When_APassageIsAListItem(string passage, string expected)
    {
        var (text, trimmed) = QuoteTrimmer.Trim(passage);

        Assert.Equal(expected, text);
        Assert.False(trimmed);
        Assert.Contains(text, passage, StringComparison.Ordinal);
    }
}
