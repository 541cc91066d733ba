namespace NoteMiner.Samples.Tests.Generation;

/// <summary>What a line of sample source text becomes in the rendered document.</summary>
internal enum BlockKind
{
    Title,
    Heading,
    Bold,
    Paragraph,
    ListItem,
    TableRow,
    PageBreak,
}

/// <summary>One block of a sample document; <see cref="Cells"/> holds a table row's cells.</summary>
internal sealed record MarkupBlock(BlockKind Kind, string Text, IReadOnlyList<string> Cells)
{
    /// <summary>True for the first row of a table, rendered as its bold header.</summary>
    public bool FirstRow { get; init; }
}

/// <summary>A parsed sample source: running header/footer lines, an optional fax banner, and the blocks.</summary>
internal sealed record ChartSource(
    IReadOnlyList<string> Header, IReadOnlyList<string> Footer, string? FaxBanner, IReadOnlyList<MarkupBlock> Blocks);

/// <summary>
/// The line-oriented markup of the sample sources: <c>// comment</c>, <c>@header</c>/<c>@footer</c> running
/// lines, <c>@fax</c> banner, <c># title</c>, <c>## heading</c>, <c>**bold line**</c>, <c>- list item</c>,
/// <c>| table | row |</c>, <c>===page===</c>; any other non-blank line is one paragraph.
/// </summary>
internal static class ChartMarkup
{
    public static ChartSource Parse(string text)
    {
        var header = new List<string>();
        var footer = new List<string>();
        string? fax = null;
        var blocks = new List<MarkupBlock>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (Directive(line, "@header") is { } h)
            {
                header.Add(h);
            }
            else if (Directive(line, "@footer") is { } f)
            {
                footer.Add(f);
            }
            else if (Directive(line, "@fax") is { } banner)
            {
                fax = banner;
            }
            else
            {
                blocks.Add(Block(line, blocks.Count > 0 ? blocks[^1] : null));
            }
        }

        return new ChartSource(header, footer, fax, blocks);
    }

    private static MarkupBlock Block(string line, MarkupBlock? previous)
    {
        if (line == "===page===")
        {
            return new MarkupBlock(BlockKind.PageBreak, "", []);
        }

        if (line.StartsWith("## ", StringComparison.Ordinal))
        {
            return new MarkupBlock(BlockKind.Heading, line[3..], []);
        }

        if (line.StartsWith("# ", StringComparison.Ordinal))
        {
            return new MarkupBlock(BlockKind.Title, line[2..], []);
        }

        if (line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal) && line.Length > 4)
        {
            return new MarkupBlock(BlockKind.Bold, line[2..^2], []);
        }

        if (line.StartsWith("- ", StringComparison.Ordinal))
        {
            return new MarkupBlock(BlockKind.ListItem, line[2..], []);
        }

        if (line.StartsWith('|') && line.EndsWith('|'))
        {
            var cells = line[1..^1].Split('|').Select(c => c.Trim()).ToList();
            return new MarkupBlock(BlockKind.TableRow, string.Join(" | ", cells.Where(c => c.Length > 0)), cells)
            {
                FirstRow = previous?.Kind != BlockKind.TableRow,
            };
        }

        return new MarkupBlock(BlockKind.Paragraph, line, []);
    }

    private static string? Directive(string line, string name) =>
        line.StartsWith(name + " ", StringComparison.Ordinal) ? line[(name.Length + 1)..].Trim() : null;
}
