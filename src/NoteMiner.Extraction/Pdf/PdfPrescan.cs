namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Reads a PDF's raw bytes once before any parser sees them, for the two attacks a parser cannot survive: nesting
/// thousands deep (PdfPig recurses per level; a stack overflow ends the process, and with it the batch, whatever
/// catches exceptions) and streams that inflate to gigabytes (PdfPig inflates a stream whole, in memory). Strings
/// and comments are skipped; stream data is measured by <see cref="PdfStreamInflation"/>, not parsed.
/// </summary>
internal static class PdfPrescan
{
    private const ulong StreamTag = 0x73747265616D; // "stream" in the low six bytes
    private const ulong EndStreamTag = 0x6E6473747265616D; // "ndstream"
    private const ulong SixBytes = 0xFFFF_FFFF_FFFF;

    /// <summary>The reason not to parse the file, or null.</summary>
    public static Diagnostic? Check(string path, ExtractionLimits limits)
    {
        var depthLimit = Math.Min(limits.MaxPdfNestingDepth, ExtractionLimits.PdfNestingDepthCeiling);
        var inflation = new PdfStreamInflation(limits.MaxDecompressedBytes);
        using var stream = new BufferedStream(File.OpenRead(path), 64 * 1024);
        var deepest = Deepest(stream, depthLimit, inflation);
        if (deepest > depthLimit)
        {
            return new Diagnostic(path, DiagnosticKind.LimitExceeded, $"objects nested deeper than the limit of {depthLimit} levels");
        }

        return inflation.Problem is { } problem
            ? new Diagnostic(path, DiagnosticKind.LimitExceeded, $"possible decompression bomb: {problem}; not decompressed")
            : null;
    }

    /// <summary>
    /// The deepest nesting of <c>&lt;&lt;</c> and <c>[</c>, counted until it passes <paramref name="stopAbove"/> or a
    /// stream inflates past its budget.
    /// </summary>
    internal static int Deepest(Stream stream, int stopAbove, PdfStreamInflation? inflation = null)
    {
        int depth = 0, deepest = 0, pending = -1;
        ulong recent = 0;
        while (deepest <= stopAbove && inflation?.Problem is null)
        {
            var b = pending >= 0 ? pending : stream.ReadByte();
            pending = -1;
            if (b < 0)
            {
                break;
            }

            recent = (recent << 8) | (uint)b;
            switch (b)
            {
                case '%':
                    SkipComment(stream);
                    break;
                case '(':
                    SkipString(stream);
                    break;
                case '[':
                    deepest = Math.Max(deepest, ++depth);
                    break;
                case ']':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '<':
                    var next = stream.ReadByte();
                    if (next == '<')
                    {
                        deepest = Math.Max(deepest, ++depth);
                    }
                    else
                    {
                        SkipHexString(stream, next);
                    }

                    break;
                case '>':
                    pending = stream.ReadByte();
                    if (pending == '>')
                    {
                        pending = -1;
                        depth = Math.Max(0, depth - 1);
                    }

                    break;
                case '\r' or '\n' when ((recent >> 8) & SixBytes) == StreamTag && ((recent >> 56) & 0xFF) != 'd':
                    var data = ReadStreamData(stream);
                    inflation?.Measure(data);
                    break;
            }
        }

        return deepest;
    }

    private static void SkipComment(Stream stream)
    {
        int b;
        do
        {
            b = stream.ReadByte();
        }
        while (b >= 0 && b != '\r' && b != '\n');
    }

    /// <summary>A literal string: balanced parentheses, backslash escapes.</summary>
    private static void SkipString(Stream stream)
    {
        var open = 1;
        while (open > 0)
        {
            var b = stream.ReadByte();
            switch (b)
            {
                case < 0:
                    return;
                case '\\':
                    stream.ReadByte();
                    break;
                case '(':
                    open++;
                    break;
                case ')':
                    open--;
                    break;
            }
        }
    }

    private static void SkipHexString(Stream stream, int first)
    {
        var b = first;
        while (b >= 0 && b != '>')
        {
            b = stream.ReadByte();
        }
    }

    /// <summary>Stream data runs to <c>endstream</c> (a lying <c>/Length</c> is common); its bytes are not PDF syntax.</summary>
    private static ReadOnlyMemory<byte> ReadStreamData(Stream stream)
    {
        var data = new MemoryStream();
        ulong recent = 0;
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            data.WriteByte((byte)b);
            recent = (recent << 8) | (uint)b;
            if (recent == EndStreamTag)
            {
                return data.GetBuffer().AsMemory(0, Math.Max(0, (int)data.Length - 9));
            }
        }

        return data.GetBuffer().AsMemory(0, (int)data.Length);
    }
}
