using System.Text;

namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Gives a truncated PDF (an interrupted download or transfer) the trailer it lost. PdfPig rebuilds a broken
/// cross-reference table by scanning the file, but only when a trailer names the catalog; most writers put the
/// catalog near the start, so the pages before the cut can still be read.
/// </summary>
internal static class PdfRepair
{
    /// <summary>The bytes with a trailer pointing at the last catalog appended; null when there is no catalog.</summary>
    public static byte[]? AppendTrailer(byte[] bytes)
    {
        var end = bytes.Length;
        while (end > 0)
        {
            var catalog = bytes.AsSpan(0, end).LastIndexOf("/Catalog"u8);
            if (catalog < 0)
            {
                return null;
            }

            if (ObjectBefore(bytes, catalog) is { } reference)
            {
                // The cut may fall inside a stream; close it so that the trailer is read as a trailer.
                var trailer = $"\nendstream\nendobj\ntrailer\n<< /Root {reference.Number} {reference.Generation} R /Size 1 >>\nstartxref\n0\n%%EOF\n";
                return [.. bytes, .. Encoding.ASCII.GetBytes(trailer)];
            }

            end = catalog;
        }

        return null;
    }

    /// <summary>The "N G obj" header that opens the object holding <paramref name="position"/>.</summary>
    private static (long Number, int Generation)? ObjectBefore(byte[] bytes, int position)
    {
        var header = bytes.AsSpan(0, position).LastIndexOf("obj"u8);
        if (header <= 0 || !IsWhiteSpace(bytes[header - 1]))
        {
            return null;
        }

        var i = header - 1;
        if (!TryReadNumberBackwards(bytes, ref i, out var generation) || !TryReadNumberBackwards(bytes, ref i, out var number))
        {
            return null;
        }

        return generation <= ushort.MaxValue ? (number, (int)generation) : null;
    }

    private static bool TryReadNumberBackwards(byte[] bytes, ref int i, out long value)
    {
        while (i >= 0 && IsWhiteSpace(bytes[i]))
        {
            i--;
        }

        var last = i;
        while (i >= 0 && bytes[i] is >= (byte)'0' and <= (byte)'9' && last - i < 10)
        {
            i--;
        }

        value = 0;
        return i < last && long.TryParse(bytes.AsSpan(i + 1, last - i), out value);
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;
}
