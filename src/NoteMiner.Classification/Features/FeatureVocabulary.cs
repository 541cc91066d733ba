namespace NoteMiner.Classifier.Features;

/// <summary>
/// The n-grams a model knows (as stable hashes, sorted) with their inverse document frequencies. Feature
/// <c>i</c> of the model is the i-th hash; unknown n-grams are dropped. Stored as <c>vocabulary.bin</c>.
/// </summary>
public sealed class FeatureVocabulary
{
    private const int Magic = 0x4E4D5631; // "NMV1"
    // Open addressing with linear probing: a look-up is a multiply, a mask and usually one probe, several times
    // cheaper than Dictionary<ulong, int>; slots hold index + 1 so 0 means empty.
    private readonly ulong[] slotHashes;
    private readonly int[] slotIndices;
    private readonly int mask;

    private FeatureVocabulary(ulong[] hashes, float[] idf)
    {
        Hashes = hashes;
        Idf = idf;
        var size = (int)Math.Max(16, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, hashes.Length * 2)));
        slotHashes = new ulong[size];
        slotIndices = new int[size];
        mask = size - 1;
        for (var i = 0; i < hashes.Length; i++)
        {
            var slot = Slot(hashes[i]);
            while (slotIndices[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slotHashes[slot] = hashes[i];
            slotIndices[slot] = i + 1;
        }
    }

    public int Count => Hashes.Length;

    internal ulong[] Hashes { get; }

    internal float[] Idf { get; }

    public bool TryGetIndex(ulong hash, out int position)
    {
        for (var slot = Slot(hash); slotIndices[slot] != 0; slot = (slot + 1) & mask)
        {
            if (slotHashes[slot] == hash)
            {
                position = slotIndices[slot] - 1;
                return true;
            }
        }

        position = -1;
        return false;
    }

    private int Slot(ulong hash) => (int)(hash & (ulong)mask);

    /// <summary>Builds the vocabulary of <paramref name="documents"/> (each a set of n-gram hashes).</summary>
    public static FeatureVocabulary Build(IReadOnlyList<IReadOnlySet<ulong>> documents, int minDocumentFrequency)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var frequency = new Dictionary<ulong, int>();
        foreach (var document in documents)
        {
            foreach (var hash in document)
            {
                frequency[hash] = frequency.GetValueOrDefault(hash) + 1;
            }
        }

        var kept = frequency.Where(kv => kv.Value >= minDocumentFrequency).Select(kv => kv.Key).ToArray();
        Array.Sort(kept);
        var n = Math.Max(1, documents.Count);
        var idf = kept.Select(h => (float)Math.Log((1.0 + n) / (1.0 + frequency[h])) + 1f).ToArray();
        return new FeatureVocabulary(kept, idf);
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Hashes.Length);
        foreach (var hash in Hashes)
        {
            writer.Write(hash);
        }

        foreach (var weight in Idf)
        {
            writer.Write(weight);
        }
    }

    public static FeatureVocabulary Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("not a NoteMiner vocabulary");
        }

        var count = reader.ReadInt32();
        if (count < 0 || count > 50_000_000)
        {
            throw new InvalidDataException("implausible vocabulary size");
        }

        var hashes = new ulong[count];
        var idf = new float[count];
        for (var i = 0; i < count; i++)
        {
            hashes[i] = reader.ReadUInt64();
        }

        for (var i = 0; i < count; i++)
        {
            idf[i] = reader.ReadSingle();
        }

        return new FeatureVocabulary(hashes, idf);
    }
}
