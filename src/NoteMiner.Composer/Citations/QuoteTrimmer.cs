namespace NoteMiner.Composer.Citations;

/// <summary>
/// Shortens a passage for quoting: the start of the passage, cut at a word boundary so that the quote with its
/// ellipsis fits the limit. A leading list marker ("- ", "• ", "3. ") is left out: it is layout, not words of
/// the chart. The result is always a verbatim substring of the passage; nothing is reworded.
/// </summary>
public static partial class QuoteTrimmer
{
    /// <summary>The longest quote a letter prints, ellipsis included.</summary>
    public const int DefaultMaxLength = 300;

    private static readonly char[] DanglingPunctuation = [',', ';', ':', '-', '–', '—', '(', '/'];

    /// <summary>
    /// The quotable text of <paramref name="passage"/> (surrounding blanks removed) and whether it was cut;
    /// a cut text is printed with a trailing ellipsis, which counts towards <paramref name="maxLength"/>.
    /// </summary>
    public static (string Text, bool Trimmed) Trim(string passage, int maxLength = DefaultMaxLength)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var text = ListMarker().Replace(passage.Trim(), "", 1);
        if (text.Length == 0)
        {
            text = passage.Trim();
        }

        if (text.Length <= maxLength)
        {
            return (text, false);
        }

        var limit = maxLength - 1; // room for the ellipsis
        var cut = char.IsWhiteSpace(text[limit]) ? limit : LastWhiteSpace(text, limit);
        string prefix;
        if (cut <= 0)
        {
            // One token longer than the limit (a URL, a run of codes): cut inside it, never inside a surrogate pair.
            prefix = text[..(char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit)];
        }
        else
        {
            prefix = text[..cut].TrimEnd().TrimEnd(DanglingPunctuation).TrimEnd();
            if (prefix.Length == 0)
            {
                prefix = text[..cut].TrimEnd();
            }
        }

        return (prefix, true);
    }

    private static int LastWhiteSpace(string text, int before)
    {
        for (var i = before - 1; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[-*•▪◦]|\d{1,2}[.)])\s+")]
    private static partial System.Text.RegularExpressions.Regex ListMarker();
}
