namespace NoteMiner.Classifier.Features;

/// <summary>
/// Counts, per element, the cue terms of <see cref="CueTerms"/> in a normalised passage and gives one feature
/// per label (count capped at three, scaled to 0–1). One pass over the tokens with span dictionary look-ups.
/// </summary>
public static class CueLexicon
{
    private const int Cap = 3;
    private const int MaxTokens = 512;

    private static readonly ElementLabel[] Labels = [.. ElementLabels.All];

    // Phrases keyed by their first token; single-token stems keyed by their first three characters.
    private static readonly Dictionary<string, List<(string[] Tokens, bool Prefix, int Label)>> Phrases = [];
    private static readonly Dictionary<string, List<(string Stem, int Label)>> Stems = [];
    private static readonly Dictionary<string, List<(string[] Tokens, bool Prefix, int Label)>>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup;
    private static readonly Dictionary<string, List<(string Stem, int Label)>>.AlternateLookup<ReadOnlySpan<char>> StemLookup;

    static CueLexicon()
    {
        for (var label = 0; label < Labels.Length; label++)
        {
            foreach (var raw in CueTerms.ByLabel[Labels[label]].Split('|'))
            {
                Add(raw.Trim(), label);
            }
        }

        PhraseLookup = Phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        StemLookup = Stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of features: one per label, in <see cref="ElementLabels.All"/> order.</summary>
    public static int Size => Labels.Length;

    /// <summary>The cue features of <paramref name="normalizedText"/> (the output of <see cref="FeatureText.Normalize(string?)"/>).</summary>
    public static float[] Features(string normalizedText)
    {
        var features = new float[Size];
        Fill(normalizedText, features);
        return features;
    }

    /// <summary>Writes the cue features into <paramref name="features"/>; returns how many are non-zero.</summary>
    public static int Fill(string normalizedText, Span<float> features)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        Span<int> counts = stackalloc int[Labels.Length];
        Span<Range> tokens = stackalloc Range[MaxTokens];
        var text = normalizedText.AsSpan();
        var count = text.Split(tokens, ' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < count; i++)
        {
            var token = text[tokens[i]];
            if (PhraseLookup.TryGetValue(token, out var phrases))
            {
                foreach (var (phrase, prefix, label) in phrases)
                {
                    if (Matches(text, tokens[..count], i, phrase, prefix))
                    {
                        counts[label]++;
                    }
                }
            }

            if (token.Length >= 3 && StemLookup.TryGetValue(token[..3], out var stems))
            {
                foreach (var (stem, label) in stems)
                {
                    if (token.StartsWith(stem, StringComparison.Ordinal))
                    {
                        counts[label]++;
                    }
                }
            }
        }

        var nonZero = 0;
        for (var k = 0; k < Labels.Length; k++)
        {
            features[k] = Math.Min(counts[k], Cap) / (float)Cap;
            nonZero += counts[k] > 0 ? 1 : 0;
        }

        return nonZero;
    }

    private static bool Matches(ReadOnlySpan<char> text, ReadOnlySpan<Range> tokens, int start, string[] phrase, bool prefix)
    {
        if (start + phrase.Length > tokens.Length)
        {
            return false;
        }

        for (var j = 1; j < phrase.Length; j++)
        {
            var token = text[tokens[start + j]];
            var matches = j == phrase.Length - 1 && prefix
                ? token.StartsWith(phrase[j], StringComparison.Ordinal)
                : token.SequenceEqual(phrase[j]);
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(string raw, int label)
    {
        var prefix = raw.EndsWith('*');
        var tokens = FeatureText.Normalize(prefix ? raw[..^1] : raw).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return;
        }

        if (tokens.Length == 1 && prefix && tokens[0].Length >= 3)
        {
            AddTo(Stems, tokens[0][..3], (tokens[0], label));
        }
        else
        {
            // A one-token stem shorter than three characters matches as a whole word.
            AddTo(Phrases, tokens[0], (tokens, prefix && tokens.Length > 1, label));
        }
    }

    private static void AddTo<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(value);
    }
}
