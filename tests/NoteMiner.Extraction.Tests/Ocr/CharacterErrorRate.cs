using System.Text.RegularExpressions;

namespace NoteMiner.Extraction.Tests.Ocr;

/// <summary>Character error rate: Levenshtein distance over whitespace-normalised text, per ground-truth character.</summary>
internal static partial class CharacterErrorRate
{
    /// <summary>Collapses every run of whitespace to one space and trims.</summary>
    public static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

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
