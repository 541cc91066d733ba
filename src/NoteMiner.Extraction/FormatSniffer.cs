namespace NoteMiner.Extraction;

/// <summary>Tells a file's format from its name and checks the name against its first bytes.</summary>
public static class FormatSniffer
{
    private static readonly Dictionary<string, DocumentKind> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = DocumentKind.Pdf,
        [".docx"] = DocumentKind.Docx,
        [".txt"] = DocumentKind.Text,
        [".md"] = DocumentKind.Markdown,
        [".png"] = DocumentKind.Png,
        [".jpg"] = DocumentKind.Jpeg,
        [".jpeg"] = DocumentKind.Jpeg,
        [".tif"] = DocumentKind.Tiff,
        [".tiff"] = DocumentKind.Tiff,
    };

    /// <summary>The format a file's extension claims; <see cref="DocumentKind.Unknown"/> for anything else.</summary>
    public static DocumentKind FromExtension(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var kind) ? kind : DocumentKind.Unknown;

    /// <summary>The format the leading bytes show, or <see cref="DocumentKind.Unknown"/> when they show none.</summary>
    public static DocumentKind FromContent(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf("%PDF-"u8) is >= 0 and < 1024)
        {
            return DocumentKind.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return DocumentKind.Docx;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return DocumentKind.Png;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return DocumentKind.Jpeg;
        }

        if (head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8))
        {
            return DocumentKind.Tiff;
        }

        return DocumentKind.Unknown;
    }

    /// <summary>
    /// Whether the bytes open an OLE compound file (<c>D0 CF 11 E0</c>): a legacy <c>.doc</c>, or a DOCX
    /// encrypted with a password, which Office wraps in one.
    /// </summary>
    public static bool IsOleCompoundFile(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);

    /// <summary>
    /// Whether the bytes fit the claimed format. Text formats accept anything without NUL bytes in the head
    /// (UTF-16 with a byte-order mark included).
    /// </summary>
    public static bool Matches(DocumentKind claimed, ReadOnlySpan<byte> head)
    {
        if (claimed is DocumentKind.Text or DocumentKind.Markdown)
        {
            return head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.IndexOf((byte)0) < 0;
        }

        return FromContent(head) == claimed;
    }
}
