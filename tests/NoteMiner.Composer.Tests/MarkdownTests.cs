using NoteMiner.Composer.Markdown;

namespace NoteMiner.Composer.Tests;

public sealed class MarkdownTests
{
    [Theory]
    [InlineData("A1c < 8% by 09/2026")]
    [InlineData("*volume overload* and **bold** and _under_ and care_plan.pdf")]
    [InlineData("1. Type 2 diabetes")]
    [InlineData("- not a bullet")]
    [InlineData("# not a heading")]
    [InlineData("> not a quote")]
    [InlineData("back\\slash [link](x) `code` <b>html</b> a|b ~x~")]
    public void Should_ShowTextLiterally_When_ItIsEscaped(string text)
    {
        var blocks = MarkdownParser.Parse(MarkdownText.Escape(text));

        var block = Assert.Single(blocks);
        Assert.Equal(MarkdownBlockKind.Paragraph, block.Kind);
        var run = Assert.Single(MarkdownInline.Parse(block.Lines));
        Assert.Equal(text, run.Text);
        Assert.False(run.Bold || run.Italic);
    }

    [Fact]
    public void Should_ParseTheLetterSubset_When_MarkdownHasEveryBlockKind()
    {
        const string markdown = "**Practice**\\\nStreet\n\n---\n\n## Heading ##\n\n> “quote”\\\n> — file.pdf\n\n- one\n  - two\nmore\n\nplain *em* text\n";

        var blocks = MarkdownParser.Parse(markdown);

        Assert.Equal(
            [MarkdownBlockKind.Paragraph, MarkdownBlockKind.Rule, MarkdownBlockKind.Heading, MarkdownBlockKind.Quote, MarkdownBlockKind.Bullet, MarkdownBlockKind.Bullet, MarkdownBlockKind.Paragraph],
            blocks.Select(b => b.Kind));
        Assert.Equal(["Heading"], blocks[2].Lines);
        Assert.Equal(1, blocks[5].Level);
        Assert.Equal(["two", "more"], blocks[5].Lines);
        var letterhead = MarkdownInline.Parse(blocks[0].Lines);
        Assert.Equal([("Practice", true, false), ("", false, true), ("Street", false, false)], letterhead.Select(r => (r.Text, r.Bold, r.Break)));
        var quote = MarkdownInline.Parse(blocks[3].Lines);
        Assert.Equal("“quote”", quote[0].Text);
        Assert.True(quote[1].Break);
        Assert.Equal(["plain ", "em", " text"], MarkdownInline.Parse(blocks[6].Lines).Select(r => r.Text));
    }
}
