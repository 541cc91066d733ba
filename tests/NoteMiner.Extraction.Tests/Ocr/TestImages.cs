using System.Buffers.Binary;
using System.Runtime.InteropServices;
using NoteMiner.Extraction.Ocr.Native;

namespace NoteMiner.Extraction.Tests.Ocr;

/// <summary>Builds test images with leptonica: turned pages, multi-page TIFFs and crafted PNG headers.</summary>
internal static unsafe partial class TestImages
{
    private const int FormatPng = 3;
    private const int Copy = 1;

    /// <summary>The image turned clockwise by <paramref name="quarterTurns"/>, as PNG.</summary>
    public static byte[] Rotate(byte[] encoded, int quarterTurns)
    {
        using var pix = Read(encoded);
        using var turned = Leptonica.pixRotateOrth(pix, quarterTurns);
        return Write(turned);
    }

    /// <summary>A white 1-bit page of the given size, as PNG, with a black bar so it is not entirely empty.</summary>
    public static byte[] Blank(int width, int height)
    {
        var pix = pixCreate(width, height, 1);
        Assert.NotEqual(0, (nint)pix);
        using var handle = new PixHandle();
        Marshal.InitHandle(handle, pix);
        Assert.Equal(0, pixSetInRect(handle, new Box { X = width / 10, Y = height / 10, W = width / 2, H = Math.Max(2, height / 50) }));
        return Write(handle);
    }

    /// <summary>A multi-page TIFF with one frame per image.</summary>
    public static byte[] MultipageTiff(IEnumerable<byte[]> frames)
    {
        var pixa = pixaCreate(0);
        try
        {
            foreach (var frame in frames)
            {
                using var pix = Read(frame);
                Assert.Equal(0, pixaAddPix(pixa, pix, Copy));
            }

            byte* data;
            nuint size;
            Assert.Equal(0, pixaWriteMemMultipageTiff(&data, &size, pixa));
            return Take(data, size);
        }
        finally
        {
            pixaDestroy(ref pixa);
        }
    }

    /// <summary>A PNG signature and a valid IHDR chunk claiming <paramref name="width"/>×<paramref name="height"/>, then junk.</summary>
    public static byte[] PngHeaderClaiming(int width, int height)
    {
        var ihdr = new byte[17];
        "IHDR"u8.CopyTo(ihdr);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(8), height);
        ihdr[12] = 8; // bit depth
        ihdr[13] = 0; // grayscale
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(ihdr));
        byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        byte[] length = [0, 0, 0, 13];
        return [.. signature, .. length, .. ihdr, .. crc, .. new byte[64]];
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static PixHandle Read(byte[] encoded)
    {
        fixed (byte* data = encoded)
        {
            var pix = Leptonica.pixReadMem(data, (nuint)encoded.Length);
            Assert.False(pix.IsInvalid, "leptonica could not read the test image");
            return pix;
        }
    }

    private static byte[] Write(PixHandle pix)
    {
        byte* data;
        nuint size;
        Assert.Equal(0, pixWriteMem(&data, &size, pix, FormatPng));
        return Take(data, size);
    }

    private static byte[] Take(byte* data, nuint size)
    {
        try
        {
            return new ReadOnlySpan<byte>(data, checked((int)size)).ToArray();
        }
        finally
        {
            Leptonica.lept_free(data);
        }
    }

    [LibraryImport(Leptonica.Library)]
    private static partial int pixWriteMem(byte** data, nuint* size, PixHandle pix, int format);

    [LibraryImport(Leptonica.Library)]
    private static partial nint pixCreate(int width, int height, int depth);

    [LibraryImport(Leptonica.Library)]
    private static partial int pixSetInRect(PixHandle pix, in Box box);

    [LibraryImport(Leptonica.Library)]
    private static partial nint pixaCreate(int capacity);

    [LibraryImport(Leptonica.Library)]
    private static partial int pixaAddPix(nint pixa, PixHandle pix, int copyFlag);

    [LibraryImport(Leptonica.Library)]
    private static partial int pixaWriteMemMultipageTiff(byte** data, nuint* size, nint pixa);

    [LibraryImport(Leptonica.Library)]
    private static partial void pixaDestroy(ref nint pixa);

    /// <summary>Leptonica's BOX: x, y, w, h and a reference count.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Box
    {
        public int X;
        public int Y;
        public int W;
        public int H;
        public uint RefCount;
    }
}
