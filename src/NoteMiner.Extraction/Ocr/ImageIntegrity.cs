using System.Buffers.Binary;

namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// A structural check of PNG and JPEG bytes before leptonica sees them. libpng and libjpeg print their
/// complaints about a broken file straight to stderr; catching truncated and damaged files here keeps stderr to
/// NoteMiner's own one-line diagnostics (damage inside JPEG entropy data can still only be found by decoding).
/// </summary>
internal static class ImageIntegrity
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>What is wrong with a PNG's chunks (length, checksum, order), or null when they are whole.</summary>
    public static string? PngProblem(ReadOnlySpan<byte> png)
    {
        var at = 8;
        var first = true;
        var sawData = false;
        while (true)
        {
            if (at + 12 > png.Length)
            {
                return "damaged or truncated PNG";
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(png[at..]);
            if (length > (uint)(png.Length - at - 12))
            {
                return "damaged or truncated PNG";
            }

            var typeAndData = png.Slice(at + 4, 4 + (int)length);
            if (Crc32(typeAndData) != BinaryPrimitives.ReadUInt32BigEndian(png[(at + 8 + (int)length)..]))
            {
                return "damaged PNG (chunk checksum mismatch)";
            }

            var type = typeAndData[..4];
            if (first && !type.SequenceEqual("IHDR"u8))
            {
                return "damaged PNG (no header chunk)";
            }

            first = false;
            sawData |= type.SequenceEqual("IDAT"u8);
            if (type.SequenceEqual("IEND"u8))
            {
                return sawData ? null : "damaged PNG (no image data)";
            }

            at += 12 + (int)length;
        }
    }

    /// <summary>What is wrong with a JPEG's segments up to its first scan and its end marker, or null.</summary>
    public static string? JpegProblem(ReadOnlySpan<byte> jpeg)
    {
        var at = 2;
        while (true)
        {
            // Markers may be preceded by any number of 0xFF fill bytes.
            while (at < jpeg.Length && jpeg[at] == 0xFF && at + 1 < jpeg.Length && jpeg[at + 1] == 0xFF)
            {
                at++;
            }

            if (at + 4 > jpeg.Length || jpeg[at] != 0xFF)
            {
                return "damaged or truncated JPEG";
            }

            var marker = jpeg[at + 1];
            if (marker is 0x01 or >= 0xD0 and <= 0xD7)
            {
                at += 2;
                continue;
            }

            if (marker == 0xD9)
            {
                return "damaged JPEG (no image data)";
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[(at + 2)..]);
            if (length < 2 || at + 2 + length > jpeg.Length)
            {
                return "damaged or truncated JPEG";
            }

            at += 2 + length;
            if (marker == 0xDA)
            {
                // Entropy-coded data follows the first scan header; a whole file ends with an EOI marker.
                return jpeg[at..].LastIndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0 ? null : "truncated JPEG";
            }
        }
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
