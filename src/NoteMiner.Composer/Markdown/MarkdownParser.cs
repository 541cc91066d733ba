using System.Text.RegularExpressions;

namespace NoteMiner.Composer.Markdown;

/// <summary>
/// Parses the Markdown subset letters are written in: ATX headings (<c>#</c>–<c>###</c>), paragraphs, block
/// quotes (<c>&gt;</c>), bullet lists (<c>-</c>, <c>*</c> or <c>+</c>, nested by two spaces), rules
/// (<c>---</c>), and inline bold, italic, backslash escapes and hard breaks. Anything else is paragraph text;
/// no input throws.
/// </summary>
internal static partial class MarkdownParser
{
    public static IReadOnlyList<MarkdownBlock> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var blocks = new List<MarkdownBlock>();
        MarkdownBlockKind? kind = null;
        var level = 0;
        var lines = new List<string>();

        void Flush()
        {
            if (kind is { } k && lines.Count > 0)
            {
                blocks.Add(new MarkdownBlock(k, level, lines.ToList()));
            }

            kind = null;
            level = 0;
            lines.Clear();
        }

        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Replace('\t', ' ');
            if (line.Trim().Length == 0)
            {
                Flush();
            }
            else if (Rule().IsMatch(line))
            {
                Flush();
                blocks.Add(new MarkdownBlock(MarkdownBlockKind.Rule, 0, []));
            }
            else if (Heading().Match(line) is { Success: true } heading)
            {
                Flush();
                blocks.Add(new MarkdownBlock(MarkdownBlockKind.Heading, Math.Min(heading.Groups[1].Length, 3), [heading.Groups[2].Value]));
            }
            else if (Quote().Match(line) is { Success: true } quote)
            {
                if (kind != MarkdownBlockKind.Quote)
                {
                    Flush();
                    kind = MarkdownBlockKind.Quote;
                }

                lines.Add(quote.Groups[1].Value);
            }
            else if (Bullet().Match(line) is { Success: true } bullet)
            {
                Flush();
                kind = MarkdownBlockKind.Bullet;
                level = Math.Min(bullet.Groups[1].Length / 2, 1);
                lines.Add(bullet.Groups[2].Value);
            }
            else if (kind is MarkdownBlockKind.Paragraph or MarkdownBlockKind.Quote or MarkdownBlockKind.Bullet)
            {
                lines.Add(kind == MarkdownBlockKind.Paragraph ? line.TrimStart() : line.Trim());
            }
            else
            {
                kind = MarkdownBlockKind.Paragraph;
                lines.Add(line.TrimStart());
            }
        }

        Flush();
        return blocks;
    }

    [GeneratedRegex(@"^ {0,3}([-*_])( *\1){2,} *$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^ {0,3}(#{1,6}) +(.*?)(?: +#+)? *$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^ {0,3}> ?(.*)$")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^( *)[-*+] +(.*)$")]
    private static partial Regex Bullet();
}
