using System.Text.RegularExpressions;

namespace NoteMiner.Extraction.Tests.Ocr;

/// <summary>Character error rate: Levenshtein distance over whitespace-normalised text, per ground-truth character.</summary>
internal static partial class CharacterErrorRate
{
    /// <summary>Collapses every run of whitespace to one space and trims.</summary>
    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The CER of <paramref name="recognised"/> against <paramref name="truth"/>, both normalised first.</summary>
    public static double Of(string recognised, string truth)
    {
        var normalisedTruth = Normalise(truth);
        return (double)Distance(Normalise(recognised), normalisedTruth) / Math.Max(1, normalisedTruth.Length);
    }

    /// <summary>
    /// Share of the truth's words (as a multiset) found among the recognised words, whatever their order: a
    /// complement to CER that a different reading order of columns or blocks does not penalise.
    /// </summary>
    public static double WordRecall(string recognised, string truth)
    {
        var found = Normalise(recognised).Split(' ').GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var words = Normalise(truth).Split(' ');
        var hits = 0;
        foreach (var word in words)
        {
            if (found.TryGetValue(word, out var left) && left > 0)
            {
                found[word] = left - 1;
                hits++;
            }
        }

        return (double)hits / words.Length;
    }

    /// <summary>Edit distance (insertions, deletions, substitutions) between two strings, in two rows of memory.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
