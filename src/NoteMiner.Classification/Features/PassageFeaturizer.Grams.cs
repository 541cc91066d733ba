namespace NoteMiner.Classifier.Features;

public sealed partial class PassageFeaturizer
{
    private const int WordFamily = 0;
    private const int CharFamily = 1;
    private const int HeaderFamily = 2;
    private const int FieldFamily = 3;
    private const int LongestFieldLabel = 6;
    private const ulong WordSeed = 0x5752440000000001UL;
    private const ulong BigramSeed = 0x4247520000000002UL;
    private const ulong CharSeed = 0x4348520000000003UL;
    private const ulong HeaderSeed = 0x4844520000000004UL;
    private const ulong FieldSeed = 0x464C440000000006UL;
    private const ulong Boundary = 0x424F530000000005UL;

    /// <summary>Receives each n-gram hash with its family; a struct so the calls inline.</summary>
    private interface IGramSink
    {
        void Add(ulong hash, int family);
    }

    /// <summary>Every n-gram of a normalised passage: text words, text characters, header words.</summary>
    private static void Grams<TSink>(string text, string header, FeatureOptions options, ref TSink sink)
        where TSink : struct, IGramSink
    {
        WordGrams(text, options.WordNgramLength, WordSeed, WordFamily, ref sink);
        if (options.CharNgramLength > 0 && text.Length > 0)
        {
            var padded = string.Concat(" ", text, " ").AsSpan();
            for (var n = Math.Min(options.CharNgramMin, options.CharNgramLength); n <= options.CharNgramLength; n++)
            {
                for (var i = 0; i + n <= padded.Length; i++)
                {
                    sink.Add(GramHash.Of(padded.Slice(i, n), CharSeed + (ulong)n), CharFamily);
                }
            }
        }

        if (options.UseHeader)
        {
            WordGrams(header, 2, HeaderSeed, HeaderFamily, ref sink);
        }

        if (options.FieldWeight > 0 && FieldLabel(text) is { Length: > 0 } label)
        {
            WordGrams(label, 2, FieldSeed, FieldFamily, ref sink);
        }
    }

    /// <summary>
    /// The label of a "Label: value" passage in normalised text (punctuation stands apart, so the colon is
    /// " : "): the words before the first colon when there are at most a few of them; otherwise empty.
    /// </summary>
    internal static string FieldLabel(string normalized)
    {
        var colon = normalized.IndexOf(" :", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return "";
        }

        var label = normalized.AsSpan(0, colon).TrimStart("*-#0. ");
        return label.Count(' ') < LongestFieldLabel ? label.ToString() : "";
    }

    private static void WordGrams<TSink>(string text, int length, ulong seed, int family, ref TSink sink)
        where TSink : struct, IGramSink
    {
        ulong previous = Boundary, beforePrevious = Boundary;
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length)
        {
            var end = span[start..].IndexOf(' ');
            end = end < 0 ? span.Length : start + end;
            if (end > start)
            {
                var hash = GramHash.Of(span[start..end], seed);
                sink.Add(hash, family);
                if (length >= 2)
                {
                    sink.Add(GramHash.Combine(previous, hash, BigramSeed ^ seed), family);
                }

                if (length >= 3)
                {
                    sink.Add(GramHash.Combine(GramHash.Combine(beforePrevious, previous, BigramSeed ^ seed), hash, BigramSeed), family);
                }

                beforePrevious = previous;
                previous = hash;
            }

            start = end + 1;
        }
    }
}
