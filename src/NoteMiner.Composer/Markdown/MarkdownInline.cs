using System.Text;

namespace NoteMiner.Composer.Markdown;

/// <summary>
/// Splits a block's lines into runs: <c>**bold**</c>, <c>*italic*</c> or <c>_italic_</c>, backslash escapes of
/// ASCII punctuation, and hard breaks. An emphasis marker without a closing partner is literal text.
/// </summary>
internal static class MarkdownInline
{
    public static IReadOnlyList<InlineRun> Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var runs = new List<InlineRun>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var hardBreak = false;
            if (line.EndsWith('\\') && !line.EndsWith(@"\\", StringComparison.Ordinal))
            {
                line = line[..^1];
                hardBreak = true;
            }
            else if (line.EndsWith("  ", StringComparison.Ordinal))
            {
                hardBreak = true;
            }

            line = line.TrimEnd();
            var last = i == lines.Count - 1;
            ParseLine(last || hardBreak ? line : line + " ", runs);
            if (hardBreak && !last)
            {
                runs.Add(new InlineRun("", false, false, Break: true));
            }
        }

        return Merge(runs);
    }

    private static void ParseLine(string text, List<InlineRun> runs)
    {
        var bold = false;
        var italic = false;
        var current = new StringBuilder();

        void Emit()
        {
            if (current.Length > 0)
            {
                runs.Add(new InlineRun(current.ToString(), bold, italic));
                current.Clear();
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) == false && text[i + 1] < 128 && !char.IsWhiteSpace(text[i + 1]))
            {
                current.Append(text[i + 1]);
                i++;
            }
            else if (c == '*' && i + 1 < text.Length && text[i + 1] == '*' && (bold || HasCloser(text, i + 2, "**")))
            {
                Emit();
                bold = !bold;
                i++;
            }
            else if (c == '*' && (italic || HasCloser(text, i + 1, "*")))
            {
                Emit();
                italic = !italic;
            }
            else if (c == '_' && (italic ? !IsWordChar(text, i + 1) : !IsWordChar(text, i - 1) && HasCloser(text, i + 1, "_")))
            {
                Emit();
                italic = !italic;
            }
            else
            {
                current.Append(c);
            }
        }

        Emit();
    }

    /// <summary>True when an unescaped <paramref name="marker"/> follows at or after <paramref name="from"/>.</summary>
    private static bool HasCloser(string text, int from, string marker)
    {
        for (var i = from; i <= text.Length - marker.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (string.CompareOrdinal(text, i, marker, 0, marker.Length) == 0 && i > from)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);

    private static List<InlineRun> Merge(List<InlineRun> runs)
    {
        var merged = new List<InlineRun>(runs.Count);
        foreach (var run in runs)
        {
            if (merged.Count > 0 && !run.Break && merged[^1] is { Break: false } previous
                && previous.Bold == run.Bold && previous.Italic == run.Italic)
            {
                merged[^1] = previous with { Text = previous.Text + run.Text };
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }
}
