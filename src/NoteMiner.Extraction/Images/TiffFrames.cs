using System.Buffers.Binary;

namespace NoteMiner.Extraction.Images;

/// <summary>
/// Counts the frames (image file directories) of a TIFF by walking its IFD chain — classic and BigTIFF, either
/// byte order — without decoding anything. Bounded: stops at the limit, at an offset outside the file, and at
/// a chain that loops back on itself.
/// </summary>
internal static class TiffFrames
{
    /// <summary>What walking the chain found.</summary>
    /// <param name="Count">Frames with a readable directory, capped at the limit.</param>
    /// <param name="OverLimit">The file has more frames than the limit.</param>
    /// <param name="Broken">The chain ends in a bad offset or a loop rather than a proper end.</param>
    public readonly record struct Result(int Count, bool OverLimit, bool Broken);

    /// <summary>Walks the chain of <paramref name="tiff"/> and counts at most <paramref name="limit"/> frames.</summary>
    public static Result Count(ReadOnlySpan<byte> tiff, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (tiff.Length < 8)
        {
            return new Result(0, false, true);
        }

        bool little;
        if (tiff[0] == 'I' && tiff[1] == 'I')
        {
            little = true;
        }
        else if (tiff[0] == 'M' && tiff[1] == 'M')
        {
            little = false;
        }
        else
        {
            return new Result(0, false, true);
        }

        var version = Read16(tiff, 2, little);
        var big = version == 43;
        if (!big && version != 42)
        {
            return new Result(0, false, true);
        }

        if (big && (tiff.Length < 16 || Read16(tiff, 4, little) != 8))
        {
            return new Result(0, false, true);
        }

        var offset = big ? Read64(tiff, 8, little) : Read32(tiff, 4, little);
        var visited = new HashSet<ulong>();
        var count = 0;
        while (offset != 0)
        {
            var headerSize = big ? 8UL : 2UL;
            if (offset > (ulong)tiff.Length || offset + headerSize > (ulong)tiff.Length || !visited.Add(offset))
            {
                return new Result(count, false, true);
            }

            if (count == limit)
            {
                return new Result(count, true, false);
            }

            var entries = big ? Read64(tiff, (int)offset, little) : Read16(tiff, (int)offset, little);
            var entrySize = big ? 20UL : 12UL;
            var nextAt = offset + headerSize + (entries * entrySize);
            var pointerSize = big ? 8UL : 4UL;
            if (entries > (ulong)tiff.Length || nextAt + pointerSize > (ulong)tiff.Length)
            {
                return new Result(count, false, true);
            }

            count++;
            offset = big ? Read64(tiff, (int)nextAt, little) : Read32(tiff, (int)nextAt, little);
        }

        return new Result(count, false, false);
    }

    private static ulong Read16(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static ulong Read32(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt32BigEndian(b[at..]);

    private static ulong Read64(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt64LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt64BigEndian(b[at..]);
}
