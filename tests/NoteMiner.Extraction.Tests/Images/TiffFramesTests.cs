using System.Buffers.Binary;
using NoteMiner.Extraction.Images;

namespace NoteMiner.Extraction.Tests.Images;

public sealed class TiffFramesTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_CountEveryDirectory_When_ChainEndsProperly(bool littleEndian)
    {
        var tiff = Classic(littleEndian, [8, 30, 52], next: [30, 52, 0]);

        Assert.Equal(new TiffFrames.Result(3, false, false), TiffFrames.Count(tiff, 10));
    }

    [Fact]
    public void Should_StopAtTheLimit_When_ThereAreMoreFrames()
    {
        var tiff = Classic(true, [8, 30, 52], next: [30, 52, 0]);

        Assert.Equal(new TiffFrames.Result(2, true, false), TiffFrames.Count(tiff, 2));
    }

    [Fact]
    public void Should_ReportBrokenChain_When_DirectoryPointsBackToAnEarlierOne()
    {
        var tiff = Classic(true, [8, 30], next: [30, 8]);

        Assert.Equal(new TiffFrames.Result(2, false, true), TiffFrames.Count(tiff, 2_000));
    }

    [Fact]
    public void Should_ReportBrokenChain_When_OffsetPointsOutsideTheFile()
    {
        var tiff = Classic(true, [8], next: [int.MaxValue]);

        Assert.Equal(new TiffFrames.Result(1, false, true), TiffFrames.Count(tiff, 2_000));
    }

    [Fact]
    public void Should_FindNoFrame_When_HeaderIsNotTiff()
    {
        Assert.Equal(0, TiffFrames.Count("II+\0 not a tiff"u8, 10).Count);
        Assert.Equal(0, TiffFrames.Count("II"u8, 10).Count);
    }

    [Fact]
    public void Should_CountDirectories_When_FileIsBigTiff()
    {
        // BigTIFF: version 43, offset size 8, first IFD at 16; each IFD: 8-byte count (1 entry of 20 bytes), 8-byte next.
        var tiff = new byte[16 + (2 * 36)];
        "II"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(2), 43);
        BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt64LittleEndian(tiff.AsSpan(8), 16);
        BinaryPrimitives.WriteUInt64LittleEndian(tiff.AsSpan(16), 1);
        BinaryPrimitives.WriteUInt64LittleEndian(tiff.AsSpan(16 + 28), 52);
        BinaryPrimitives.WriteUInt64LittleEndian(tiff.AsSpan(52), 1);
        BinaryPrimitives.WriteUInt64LittleEndian(tiff.AsSpan(52 + 28), 0);

        Assert.Equal(new TiffFrames.Result(2, false, false), TiffFrames.Count(tiff, 10));
    }

    /// <summary>A classic TIFF whose IFDs (one 12-byte entry each) sit at <paramref name="at"/> and point to <paramref name="next"/>.</summary>
    private static byte[] Classic(bool little, int[] at, int[] next)
    {
        var tiff = new byte[at.Max() + 22];
        var span = tiff.AsSpan();
        (little ? "II"u8 : "MM"u8).CopyTo(span);
        Write16(span[2..], 42, little);
        Write32(span[4..], at[0], little);
        for (var i = 0; i < at.Length; i++)
        {
            Write16(span[at[i]..], 1, little);
            Write32(span[(at[i] + 14)..], next[i], little);
        }

        return tiff;
    }

    private static void Write16(Span<byte> s, int v, bool little)
    {
        if (little)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)v);
        }
        else
        {
            BinaryPrimitives.WriteUInt16BigEndian(s, (ushort)v);
        }
    }

    private static void Write32(Span<byte> s, int v, bool little)
    {
        if (little)
        {
            BinaryPrimitives.WriteInt32LittleEndian(s, v);
        }
        else
        {
            BinaryPrimitives.WriteInt32BigEndian(s, v);
        }
    }
}
