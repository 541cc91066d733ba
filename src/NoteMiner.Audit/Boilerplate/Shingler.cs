namespace NoteMiner.Audit.Boilerplate;

/// <summary>Word 3-gram shingles of masked tokens, as sorted distinct 64-bit hashes (stable across runs).</summary>
internal static class Shingler
{
    private const int Width = 3;
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    public static ulong[] Shingles(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var count = Math.Max(1, tokens.Count - Width + 1);
        var hashes = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var hash = FnvOffset;
            for (var j = i; j < Math.Min(i + Width, tokens.Count); j++)
            {
                foreach (var c in tokens[j])
                {
                    hash = (hash ^ c) * FnvPrime;
                }

                hash = (hash ^ 0x1F) * FnvPrime; // token separator
            }

            hashes[i] = hash;
        }

        Array.Sort(hashes);
        return hashes.Distinct().ToArray();
    }

    /// <summary>Exact Jaccard similarity of two sorted distinct shingle sets.</summary>
    public static double Jaccard(ulong[] a, ulong[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var union = a.Length + b.Length - shared;
        return union == 0 ? 0 : (double)shared / union;
    }
}
