using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace NoteMiner.Security.Tests.Corpus;

/// <summary>Images and random bytes for the corpus, written byte by byte.</summary>
internal static class BinaryFiles
{
    /// <summary>Seeded random bytes.</summary>
    public static byte[] Random(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>
    /// A grey PNG of <paramref name="width"/> × <paramref name="height"/>: white and complete when small, and
    /// otherwise a decompression bomb's header whose data is a few bytes.
    /// </summary>
    public static byte[] PngHeader(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), deflate, no filter method, no interlace
        Chunk(png, "IHDR", header);
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
        {
            // A small image gets all its rows (filter byte + pixels, white); a bomb's header needs only a token.
            var rows = (long)(width + 1) * height;
            var pixels = new byte[rows <= 1024 * 1024 ? rows : 4096];
            Array.Fill(pixels, (byte)0xFF);
            for (long row = 0; row < height && rows <= 1024 * 1024; row++)
            {
                pixels[row * (width + 1)] = 0;
            }

            zlib.Write(pixels);
        }

        Chunk(png, "IDAT", data.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A little-endian TIFF of <paramref name="frames"/> blank 1-bit frames sharing one strip.</summary>
    public static byte[] MultiPageTiff(int frames, int size = 64)
    {
        const int entries = 8;
        const int ifdLength = 2 + (entries * 12) + 4;
        var stripLength = (size + 7) / 8 * size;
        var strip = 8;
        var firstIfd = strip + stripLength;
        var tiff = new byte[firstIfd + (frames * ifdLength)];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteInt32LittleEndian(tiff.AsSpan(4), firstIfd);
        for (var frame = 0; frame < frames; frame++)
        {
            var at = firstIfd + (frame * ifdLength);
            BinaryPrimitives.WriteInt16LittleEndian(tiff.AsSpan(at), entries);
            var tags = new (short Tag, short Type, int Value)[]
            {
                (256, 3, size), (257, 3, size), (258, 3, 1), (259, 3, 1),
                (262, 3, 0), (273, 4, strip), (278, 3, size), (279, 4, stripLength),
            };
            for (var i = 0; i < tags.Length; i++)
            {
                var entry = tiff.AsSpan(at + 2 + (i * 12));
                BinaryPrimitives.WriteInt16LittleEndian(entry, tags[i].Tag);
                BinaryPrimitives.WriteInt16LittleEndian(entry[2..], tags[i].Type);
                BinaryPrimitives.WriteInt32LittleEndian(entry[4..], 1);
                BinaryPrimitives.WriteInt32LittleEndian(entry[8..], tags[i].Value);
            }

            var next = frame + 1 < frames ? at + ifdLength : 0;
            BinaryPrimitives.WriteInt32LittleEndian(tiff.AsSpan(at + 2 + (entries * 12)), next);
        }

        return tiff;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
