namespace NoteMiner.Audit.Boilerplate;

/// <summary>
/// MinHash signatures with fixed seeds (SplitMix64), so the same shingles give the same signature in every
/// run, and LSH band keys over them.
/// </summary>
internal sealed class MinHasher
{
    private const ulong SeedStart = 0x5EED_0F_4E0_7E5;
    private readonly ulong[] seeds;

    public MinHasher(int hashCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hashCount, 1);
        seeds = new ulong[hashCount];
        var state = SeedStart;
        for (var i = 0; i < hashCount; i++)
        {
            state += 0x9E3779B97F4A7C15;
            seeds[i] = Mix(state);
        }
    }

    public int HashCount => seeds.Length;

    public ulong[] Signature(ulong[] shingles)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        var signature = new ulong[seeds.Length];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < seeds.Length; i++)
            {
                var value = Mix(shingle ^ seeds[i]);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return signature;
    }

    /// <summary>One key per band of <paramref name="rows"/> consecutive signature values.</summary>
    public static ulong BandKey(ulong[] signature, int band, int rows)
    {
        var key = 0xCBF29CE484222325UL ^ (ulong)band;
        for (var i = band * rows; i < (band + 1) * rows; i++)
        {
            key = Mix(key ^ signature[i]);
        }

        return key;
    }

    // SplitMix64's finaliser: a fast, well-mixed 64-bit permutation.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
