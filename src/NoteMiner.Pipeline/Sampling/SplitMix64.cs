namespace NoteMiner.Pipeline.Sampling;

/// <summary>
/// Steele, Lea and Flood's SplitMix64 generator: a fixed, published algorithm, so a seed draws the same sample on
/// every .NET version and machine (System.Random's algorithm is not guaranteed). Not for cryptography.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>), without modulo bias (rejection sampling).</summary>
    public int NextBelow(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var range = (ulong)bound;
        // 2^64 mod range: values at or above 2^64 − remainder would favour small results.
        var remainder = (ulong.MaxValue % range + 1) % range;
        ulong value;
        do
        {
            value = Next();
        }
        while (remainder != 0 && value > ulong.MaxValue - remainder);

        return (int)(value % range);
    }
}
