using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Boilerplate;

/// <summary>
/// Reduces a passage to what a template shares across patients: lower-case words, with names (capitalised
/// words not at a sentence start, and the patient's own name tokens), dates and numbers replaced by one mask.
/// </summary>
internal static class TextMasker
{
    public const string Mask = "<*>";

    private static readonly HashSet<string> Bullets = new(StringComparer.Ordinal) { "-", "–", "—", "•", "*", "·" };

    public static IReadOnlyList<string> Tokens(string text, IReadOnlySet<string> nameTokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<string>();
        var sentenceStart = true;
        foreach (var raw in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var core = raw.Trim(Words.Punctuation);
            if (core.Length == 0 || !core.Any(char.IsLetterOrDigit))
            {
                sentenceStart |= Bullets.Contains(raw) || raw.EndsWith(':');
                continue;
            }

            var masked = core.Any(char.IsDigit)
                || nameTokens.Contains(core)
                || (char.IsUpper(core[0]) && !sentenceStart);
            var token = masked ? Mask : core.ToLowerInvariant();
            if (!(masked && result.Count > 0 && result[^1] == Mask))
            {
                result.Add(token);
            }

            sentenceStart = raw[^1] is '.' or '!' or '?' or ':' or ';';
        }

        return result;
    }
}
