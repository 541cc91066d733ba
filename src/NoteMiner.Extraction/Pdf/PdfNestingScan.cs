namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Measures how deeply a PDF's dictionaries and arrays nest, from the raw bytes, before any parser sees them: a
/// file nested thousands deep is built to exhaust a recursive parser's stack (a stack overflow ends the process,
/// and with it the batch, whatever catches exceptions). One linear pass; strings, comments and stream data are
/// skipped, so page content (usually compressed) does not count.
/// </summary>
internal static class PdfNestingScan
{
    private const ulong StreamTag = 0x73747265616D; // "stream" in the low six bytes
    private const ulong EndStreamTag = 0x6E6473747265616D; // "ndstream"
    private const ulong SixBytes = 0xFFFF_FFFF_FFFF;

    /// <summary>A diagnostic when the file nests deeper than the limit (at most <see cref="ExtractionLimits.PdfNestingDepthCeiling"/>); null when it does not.</summary>
    internal static Diagnostic? Check(string path, ExtractionLimits limits)
    {
        var limit = Math.Min(limits.MaxPdfNestingDepth, ExtractionLimits.PdfNestingDepthCeiling);
        using var stream = new BufferedStream(File.OpenRead(path), 64 * 1024);
        return Deepest(stream, limit) > limit
            ? new Diagnostic(path, DiagnosticKind.LimitExceeded, $"objects nested deeper than the limit of {limit} levels")
            : null;
    }

    /// <summary>The deepest nesting of <c>&lt;&lt;</c> and <c>[</c>, counted until it passes <paramref name="stopAbove"/>.</summary>
    internal static int Deepest(Stream stream, int stopAbove)
    {
        int depth = 0, deepest = 0, pending = -1;
        ulong recent = 0;
        while (deepest <= stopAbove)
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
                    SkipStreamData(stream);
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

    /// <summary>Stream data runs to <c>endstream</c>; its bytes are not PDF syntax.</summary>
    private static void SkipStreamData(Stream stream)
    {
        ulong recent = 0;
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            recent = (recent << 8) | (uint)b;
            if (recent == EndStreamTag)
            {
                return;
            }
        }
    }
}
