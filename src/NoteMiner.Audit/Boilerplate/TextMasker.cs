using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Boilerplate;

/// <summary>
/// Reduces a passage to what a template shares across patients: lower-case words, with names (capitalised
/// words not at a sentence start, and the patient's own name tokens), dates and numbers replaced by one mask,
/// and personal pronouns by another.
/// </summary>
internal static class TextMasker
{
    public const string Mask = "<*>";

    /// <summary>Stands for he/she/his/her…: a template filled in for a man and for a woman is still one template.</summary>
    public const string Pronoun = "<p>";

    private static readonly HashSet<string> Bullets = new(StringComparer.Ordinal) { "-", "–", "—", "•", "*", "·" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "him", "her", "his", "hers", "himself", "herself", "they", "them", "their", "theirs", "mr", "mrs", "ms",
    };

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
            var token = Pronouns.Contains(core) ? Pronoun : masked ? Mask : core.ToLowerInvariant();
            masked &= token == Mask;
            if (!(masked && result.Count > 0 && result[^1] == Mask))
            {
                result.Add(token);
            }

            sentenceStart = raw[^1] is '.' or '!' or '?' or ':' or ';';
        }

        return result;
    }
}
