namespace NoteMiner.Classifier.Features;

/// <summary>
/// Counts, per element, the cue terms of <see cref="CueTerms"/> in a normalised passage and returns one feature
/// per label (count capped at three, scaled to 0–1). Matching walks the tokens once with dictionary look-ups.
/// </summary>
public static class CueLexicon
{
    private const int Cap = 3;

    private static readonly ElementLabel[] Labels = [.. ElementLabels.All];

    // Phrases keyed by their first token; single-token stems keyed by their first three characters.
    private static readonly Dictionary<string, List<(string[] Tokens, bool Prefix, int Label)>> Phrases = [];
    private static readonly Dictionary<string, List<(string Stem, int Label)>> Stems = [];

    static CueLexicon()
    {
        for (var label = 0; label < Labels.Length; label++)
        {
            foreach (var raw in CueTerms.ByLabel[Labels[label]].Split('|'))
            {
                Add(raw.Trim(), label);
            }
        }
    }

    /// <summary>The number of features: one per label.</summary>
    public static int Size => Labels.Length;

    /// <summary>The cue features of <paramref name="normalizedText"/> (the output of <see cref="FeatureText.Normalize"/>).</summary>
    public static float[] Features(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var counts = new int[Labels.Length];
        var tokens = normalizedText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (Phrases.TryGetValue(tokens[i], out var phrases))
            {
                foreach (var (phrase, prefix, label) in phrases)
                {
                    if (Matches(tokens, i, phrase, prefix))
                    {
                        counts[label]++;
                    }
                }
            }

            if (tokens[i].Length >= 3 && Stems.TryGetValue(tokens[i][..3], out var stems))
            {
                foreach (var (stem, label) in stems)
                {
                    if (tokens[i].StartsWith(stem, StringComparison.Ordinal))
                    {
                        counts[label]++;
                    }
                }
            }
        }

        var features = new float[Labels.Length];
        for (var k = 0; k < features.Length; k++)
        {
            features[k] = Math.Min(counts[k], Cap) / (float)Cap;
        }

        return features;
    }

    private static bool Matches(string[] tokens, int start, string[] phrase, bool prefix)
    {
        if (start + phrase.Length > tokens.Length)
        {
            return false;
        }

        for (var j = 1; j < phrase.Length; j++)
        {
            var last = j == phrase.Length - 1;
            var token = tokens[start + j];
            if (!(last && prefix ? token.StartsWith(phrase[j], StringComparison.Ordinal) : token == phrase[j]))
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
