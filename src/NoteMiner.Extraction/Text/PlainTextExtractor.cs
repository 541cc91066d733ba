using System.Text;
using System.Text.RegularExpressions;

namespace NoteMiner.Extraction.Text;

/// <summary>
/// Reads <c>.txt</c> and <c>.md</c>: one page per form feed (or one page), one line per non-blank text line.
/// Line numbers are the physical line within the page so a citation matches what an editor shows; boxes are
/// in character cells (column, row). Markdown heading marks are dropped and the line marked as a heading.
/// </summary>
public sealed partial class PlainTextExtractor : IDocumentExtractor
{
    public IReadOnlyList<DocumentKind> Kinds { get; } = [DocumentKind.Text, DocumentKind.Markdown];

    public ExtractedDocument Extract(string path, ExtractionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var kind = FormatSniffer.FromExtension(path);
        var text = Decode(File.ReadAllBytes(path));
        var pageTexts = text.Split('\f');
        if (pageTexts.Length > options.Limits.MaxPages)
        {
            return ExtractedDocument.Failed(path, kind, new Diagnostic(
                path, DiagnosticKind.LimitExceeded,
                $"{pageTexts.Length} pages exceed the limit of {options.Limits.MaxPages}"));
        }

        var pages = new List<Page>(pageTexts.Length);
        for (var p = 0; p < pageTexts.Length; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(ReadPage(p + 1, pageTexts[p], kind == DocumentKind.Markdown));
        }

        // A trailing form feed leaves an empty last page that no reader would count.
        while (pages.Count > 1 && pages[^1].Lines.Count == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return new ExtractedDocument(path, kind, pages, []);
    }

    private static Page ReadPage(int number, string pageText, bool markdown)
    {
        var rawLines = pageText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var lines = new List<Line>();
        var width = 0;
        for (var i = 0; i < rawLines.Length; i++)
        {
            var raw = rawLines[i].Replace('\t', ' ').TrimEnd();
            width = Math.Max(width, raw.Length);
            if (raw.Length == 0 || (markdown && IsMarkdownRule(raw)))
            {
                continue;
            }

            var indent = raw.Length - raw.TrimStart().Length;
            var content = raw.Trim();
            var style = LineStyle.None;
            if (markdown && MarkdownHeading().Match(content) is { Success: true } heading)
            {
                content = heading.Groups[1].Value.Trim();
                style = LineStyle.Heading;
            }
            else if (ListMarker().IsMatch(content))
            {
                style = LineStyle.ListItem;
            }
            else if (content.StartsWith('|') && content.EndsWith('|') && content.Length > 1)
            {
                style = LineStyle.TableRow;
            }

            if (content.Length == 0)
            {
                continue;
            }

            lines.Add(new Line(i + 1, content, new BoundingBox(indent, i, indent + content.Length, i + 1))
            {
                Style = style,
            });
        }

        return new Page(number, PageSource.Text, null, width, rawLines.Length, lines);
    }

    private static bool IsMarkdownRule(string line) => line.Trim() is "---" or "***" or "___" || TableRule().IsMatch(line);

    private static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            var text = utf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: old EHR exports are usually Windows-1252; Latin-1 keeps every byte as one letter.
            return Encoding.Latin1.GetString(bytes);
        }
    }

    [GeneratedRegex(@"^#{1,6}\s+(.*?)\s*#*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^([-*•▪◦]|\d{1,3}[.)]|[a-zA-Z][.)]|\[[ xX]?\])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableRule();
}
