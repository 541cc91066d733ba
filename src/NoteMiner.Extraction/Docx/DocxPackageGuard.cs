using System.IO.Compression;
using System.Xml;

namespace NoteMiner.Extraction.Docx;

/// <summary>
/// Inspects a DOCX's zip structure before any part is parsed: zip bombs (declared sizes and compression
/// ratios, read from the central directory without inflating anything), macro-enabled packages, and XML
/// nested deep enough to exhaust the stack of a recursive parser.
/// </summary>
/// <remarks>
/// Declared sizes can be trusted as bounds: .NET's <see cref="ZipArchive"/> stops inflating an entry at its
/// declared uncompressed length, so an entry that lies about its size yields truncated (corrupt) XML rather
/// than unbounded output.
/// </remarks>
internal static class DocxPackageGuard
{
    /// <summary>Deflate tops out near 1032:1; real Word XML compresses 5–30:1, zeros and repeated bytes far more.</summary>
    internal const double MaxCompressionRatio = 200;

    /// <summary>Entries smaller than this are never judged by their ratio (tiny parts compress oddly).</summary>
    internal const long RatioFloorBytes = 1024 * 1024;

    /// <summary>Most entries in a package; Word writes a few dozen, images included.</summary>
    internal const int MaxEntries = 10_000;

    /// <summary>Deepest XML element nesting accepted in any part; nested tables and text boxes stay under 100.</summary>
    internal const int MaxXmlDepth = 256;

    /// <summary>The whole package may decompress to this many times the per-part limit.</summary>
    internal const int TotalToPartFactor = 4;

    private static readonly XmlReaderSettings SafeXml = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = true,
    };

    /// <summary>Returns the reason not to open the package, or null when it is safe to parse.</summary>
    public static Diagnostic? Inspect(string path, ExtractionLimits limits, CancellationToken cancellationToken)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            return CheckSizes(path, archive, limits)
                ?? CheckMacros(path, archive)
                ?? CheckXmlDepth(path, archive, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            return Corrupt(path, "not a readable zip archive", e);
        }
        catch (XmlException e)
        {
            return Corrupt(path, "malformed XML in the package", e);
        }
    }

    private static Diagnostic? CheckSizes(string path, ZipArchive archive, ExtractionLimits limits)
    {
        if (archive.Entries.Count > MaxEntries)
        {
            return new Diagnostic(path, DiagnosticKind.LimitExceeded,
                $"zip archive of {archive.Entries.Count:N0} entries exceeds the limit of {MaxEntries:N0}");
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            if (entry.Length > limits.MaxDecompressedBytes)
            {
                return Bomb(path, $"a part of {entry.Length:N0} bytes uncompressed exceeds the limit of {limits.MaxDecompressedBytes:N0}");
            }

            if (entry.Length > RatioFloorBytes && entry.Length > MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
            {
                return Bomb(path, $"a part compressed {entry.Length / (double)Math.Max(1, entry.CompressedLength):0}:1 exceeds the ratio limit of {MaxCompressionRatio:0}:1");
            }

            total += entry.Length;
        }

        var totalLimit = limits.MaxDecompressedBytes * TotalToPartFactor;
        return total > totalLimit
            ? Bomb(path, $"{total:N0} bytes uncompressed in all exceed the limit of {totalLimit:N0}")
            : null;
    }

    private static Diagnostic? CheckMacros(string path, ZipArchive archive)
    {
        var macros = archive.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase));
        if (!macros && archive.GetEntry("[Content_Types].xml") is { } contentTypes)
        {
            using var reader = XmlReader.Create(contentTypes.Open(), SafeXml);
            while (!macros && reader.Read())
            {
                macros = reader.NodeType == XmlNodeType.Element
                    && reader.GetAttribute("ContentType") is { } type
                    && type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase);
            }
        }

        return macros
            ? new Diagnostic(path, DiagnosticKind.Unsupported, "macro-enabled document (.docm) not read")
            : null;
    }

    private static Diagnostic? CheckXmlDepth(string path, ZipArchive archive, CancellationToken cancellationToken)
    {
        foreach (var entry in archive.Entries)
        {
            if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                && !entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            using var reader = XmlReader.Create(entry.Open(), SafeXml);
            while (reader.Read())
            {
                if (reader.Depth > MaxXmlDepth)
                {
                    return new Diagnostic(path, DiagnosticKind.LimitExceeded,
                        $"XML nested deeper than {MaxXmlDepth} levels");
                }
            }
        }

        return null;
    }

    private static Diagnostic Bomb(string path, string what) =>
        new(path, DiagnosticKind.LimitExceeded, $"possible zip bomb: {what}; not decompressed");

    private static Diagnostic Corrupt(string path, string what, Exception e) =>
        new(path, DiagnosticKind.Corrupt, $"corrupt Word document: {what}") { Detail = DiagnosticDetail.Of(e) };
}
