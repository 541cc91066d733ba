namespace NoteMiner.Classifier.Features;

/// <summary>
/// Stable 64-bit FNV-1a hashes of tokens and character spans, seeded per feature family, so the same n-gram
/// maps to the same feature on every machine and run (unlike <see cref="string.GetHashCode()"/>).
/// </summary>
internal static class GramHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text, ulong seed)
    {
        var hash = Offset ^ seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return Mix(hash);
    }

    /// <summary>The hash of a pair of already hashed items (a word bigram).</summary>
    public static ulong Combine(ulong first, ulong second, ulong seed) =>
        Mix((first * 31) ^ Mix(second + seed));

    // SplitMix64 finaliser: spreads FNV's weak low bits.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
