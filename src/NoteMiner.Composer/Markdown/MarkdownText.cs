using System.Text;

namespace NoteMiner.Composer.Markdown;

/// <summary>
/// Escapes plain text (chart quotes, names, addresses) so that Markdown shows it literally: emphasis, code,
/// link and HTML characters anywhere, and block markers (<c>#</c>, <c>&gt;</c>, <c>-</c>, <c>1.</c>) at the start.
/// </summary>
public static class MarkdownText
{
    private const string AlwaysEscaped = "\\*`[]<>|~";

    /// <summary>The text with Markdown's special characters backslash-escaped; line breaks become spaces.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
                continue;
            }

            // An underscore inside a word (care_plan.pdf) is never emphasis; only one at a word's edge is.
            if (AlwaysEscaped.Contains(c, StringComparison.Ordinal) || (c == '_' && !(IsWordChar(text, i - 1) && IsWordChar(text, i + 1))))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        EscapeBlockStart(builder);
        return builder.ToString();
    }

    private static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);

    private static void EscapeBlockStart(StringBuilder builder)
    {
        var start = 0;
        while (start < builder.Length && builder[start] == ' ')
        {
            start++;
        }

        if (start >= builder.Length)
        {
            return;
        }

        var first = builder[start];
        if (first is '#' or '+' or '-' or '=')
        {
            builder.Insert(start, '\\');
            return;
        }

        var digits = start;
        while (digits < builder.Length && char.IsAsciiDigit(builder[digits]))
        {
            digits++;
        }

        if (digits > start && digits < builder.Length && builder[digits] is '.' or ')')
        {
            builder.Insert(digits, '\\');
        }
    }
}
