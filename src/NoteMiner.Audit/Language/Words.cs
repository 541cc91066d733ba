namespace NoteMiner.Audit.Language;

/// <summary>Counting and splitting words the way the rules need it.</summary>
internal static class Words
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "this", "that", "as", "per", "pt", "patient", "it", "its",
    };

    /// <summary>Whitespace-separated tokens that hold a letter or digit.</summary>
    public static IReadOnlyList<string> Split(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(t => t.Any(char.IsLetterOrDigit)).ToList();

    public static int Count(string text) => Split(text).Count;

    /// <summary>Words that carry content: not stop words, at least two letters or holding a digit.</summary>
    public static int ContentCount(string text) =>
        Split(text).Select(t => t.Trim(Punctuation)).Count(t =>
            !StopWords.Contains(t) && (t.Count(char.IsLetter) >= 2 || t.Any(char.IsDigit)));

    public static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '—', '–', '-', '*', '•'];

    /// <summary>Clauses split at sentence and clause punctuation and dashes, for local reasoning.</summary>
    public static IReadOnlyList<string> Clauses(string text) =>
        ClauseBreak.Split(text).Where(c => !string.IsNullOrWhiteSpace(c)).ToList();

    private static readonly System.Text.RegularExpressions.Regex ClauseBreak = Cue.Of(@"[;.\n]\s|[;\n]|,\s|\s[—–-]\s|[—–]");
}
