using System.IO.Compression;

namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Measures how far a PDF's zlib (FlateDecode) streams inflate, without keeping the output: one stream past the
/// per-stream limit, or all of them past four times it, is a decompression bomb. A stream whose output is itself
/// zlib (chained FlateDecode filters) is measured through every layer. Data that is not zlib (images, plain
/// content) is not this class's concern. Not thread-safe: one instance per file.
/// </summary>
internal sealed class PdfStreamInflation(long maxStreamBytes)
{
    /// <summary>Layers of FlateDecode followed; PDF writers use one.</summary>
    private const int MaxLayers = 4;

    private const int TotalToStreamFactor = 4;

    private readonly byte[] _scratch = new byte[64 * 1024];
    private long _total;

    /// <summary>What went over a limit, or null.</summary>
    public string? Problem { get; private set; }

    public void Measure(ReadOnlyMemory<byte> data)
    {
        if (Problem is not null || !LooksLikeZlib(data.Span))
        {
            return;
        }

        var inflated = Inflate(data, layer: 1);
        _total += inflated;
        if (inflated > maxStreamBytes)
        {
            Problem = $"a stream inflates past the limit of {maxStreamBytes:N0} bytes";
        }
        else if (_total > maxStreamBytes * TotalToStreamFactor)
        {
            Problem = $"streams inflate past {maxStreamBytes * TotalToStreamFactor:N0} bytes in all";
        }
    }

    /// <summary>Bytes the data inflates to (across layers), stopping just past the limit; corrupt data counts what came out.</summary>
    private long Inflate(ReadOnlyMemory<byte> data, int layer)
    {
        using var zlib = new ZLibStream(new MemoryStream(data.ToArray(), writable: false), CompressionMode.Decompress);
        long count = 0;
        MemoryStream? next = null;
        try
        {
            int read;
            while ((read = zlib.Read(_scratch)) > 0)
            {
                if (count == 0 && layer < MaxLayers && LooksLikeZlib(_scratch.AsSpan(0, read)))
                {
                    next = new MemoryStream();
                }

                count += read;
                next?.Write(_scratch, 0, read);
                if (count > maxStreamBytes)
                {
                    return count;
                }
            }
        }
        catch (InvalidDataException)
        {
            // Damaged data: PdfPig will meet the same damage; what inflated so far is what counts.
        }

        return next is null ? count : Math.Max(count, Inflate(next.GetBuffer().AsMemory(0, (int)next.Length), layer + 1));
    }

    /// <summary>A zlib header: deflate with a 32 KB window or less, and a valid check value.</summary>
    private static bool LooksLikeZlib(ReadOnlySpan<byte> head) =>
        head.Length >= 2 && (head[0] & 0x0F) == 8 && (head[0] >> 4) <= 7 && ((head[0] << 8) | head[1]) % 31 == 0;
}
