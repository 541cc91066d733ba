using System.Text;

namespace NoteMiner.Audit.Reports;

/// <summary>HTML escaping for chart text and names; the only way text reaches the HTML report.</summary>
internal static class HtmlText
{
    /// <summary>Escapes markup characters and replaces control characters, which HTML forbids, with U+FFFD.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n' or '\r': builder.Append(c); break;
                default: builder.Append(char.IsControl(c) ? '\uFFFD' : c); break;
            }
        }

        return builder.ToString();
    }

    /// <summary>An id fragment made of ASCII letters, digits and dashes; unique because it is prefixed by an index.</summary>
    public static string Slug(int index, string text)
    {
        var builder = new StringBuilder($"c{index + 1}-");
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return builder.ToString().TrimEnd('-');
    }
}
