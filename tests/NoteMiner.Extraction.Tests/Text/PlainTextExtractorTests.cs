using NoteMiner.Extraction;
using NoteMiner.Testing;

namespace NoteMiner.Extraction.Tests.Text;

public sealed class PlainTextExtractorTests
{
    private static readonly DocumentReader Reader = DefaultExtractors.CreateReader();

    [Fact]
    public void Should_StartANewPage_When_TextHasAFormFeed()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.txt", "CARE PLAN\nGoals: A1c < 8% by 09/2026\n\fPage two line\n");

        var document = Reader.Read(path, ExtractionOptions.Default);

        Assert.Empty(document.Diagnostics);
        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(["CARE PLAN", "Goals: A1c < 8% by 09/2026"], document.Pages[0].Lines.Select(l => l.Text));
        Assert.Equal("Page two line", Assert.Single(document.Pages[1].Lines).Text);
        Assert.Equal(1, document.Pages[1].Lines[0].Number);
    }

    [Fact]
    public void Should_KeepEditorLineNumbers_When_BlankLinesSeparateParagraphs()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.txt", "First\n\n\nFourth\r\nFifth\n");

        var lines = Reader.Read(path, ExtractionOptions.Default).Pages.Single().Lines;

        Assert.Equal([1, 4, 5], lines.Select(l => l.Number));
        Assert.All(lines, l => Assert.Equal(l.Number - 1, l.Box.Y0));
    }

    [Fact]
    public void Should_MarkHeadingsAndListItems_When_FileIsMarkdown()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plan.md", "## Goals ##\n- Walk 20 minutes daily\n| Drug | Dose |\n|---|---|\n");

        var lines = Reader.Read(path, ExtractionOptions.Default).Pages.Single().Lines;

        Assert.Equal("Goals", lines[0].Text);
        Assert.Equal(LineStyle.Heading, lines[0].Style);
        Assert.Equal(LineStyle.ListItem, lines[1].Style);
        Assert.Equal(LineStyle.TableRow, lines[2].Style);
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void Should_DecodeLatin1_When_TextIsNotUtf8()
    {
        using var folder = new TempFolder();
        var path = folder.Write("old.txt", [(byte)'J', (byte)'o', (byte)'s', 0xE9]);

        Assert.Equal("José", Reader.Read(path, ExtractionOptions.Default).Pages.Single().Lines.Single().Text);
    }
}
