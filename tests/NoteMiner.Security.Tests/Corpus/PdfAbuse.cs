using System.Text;

namespace NoteMiner.Security.Tests.Corpus;

/// <summary>Structurally hostile PDFs: loops, sheer size and nesting meant to exhaust a recursive parser.</summary>
internal static class PdfAbuse
{
    /// <summary>The root page node lists itself among its kids.</summary>
    public static byte[] CyclicPageTree()
    {
        var pdf = new HandPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream("BT /F1 12 Tf 72 720 Td (The page tree loops back to its root.) Tj ET");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.Build();
    }

    /// <summary><paramref name="pages"/> pages sharing one small content stream.</summary>
    public static byte[] ManyPages(int pages)
    {
        var pdf = new HandPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("");
        var content = pdf.AddStream("BT /F1 12 Tf 72 720 Td (Page) Tj ET");
        var kids = new StringBuilder();
        for (var i = 0; i < pages; i++)
        {
            kids.Append(pdf.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R >>")).Append(" 0 R ");
        }

        pdf.Set(2, $"<< /Type /Pages /Kids [{kids}] /Count {pages} >>");
        return pdf.Build();
    }

    /// <summary>A page whose content stream (uncompressed) nests arrays <paramref name="depth"/> deep in a TJ operand.</summary>
    public static byte[] DeepContent(int depth)
    {
        var pdf = new HandPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream($"BT /F1 12 Tf 72 720 Td {new string('[', depth)}(Deep){new string(']', depth)} TJ ET");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.Build();
    }

    /// <summary>A page whose dictionary holds arrays (or dictionaries) nested <paramref name="depth"/> deep.</summary>
    public static byte[] DeepNesting(int depth, bool dictionaries = false)
    {
        var pdf = new HandPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        var nested = dictionaries
            ? string.Concat(Enumerable.Repeat("<</A ", depth)) + "1" + string.Concat(Enumerable.Repeat(">>", depth))
            : new string('[', depth) + new string(']', depth);
        pdf.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep {nested} >>");
        return pdf.Build();
    }

    /// <summary>A page whose content stream (FlateDecode) inflates to <paramref name="megabytes"/> MB of spaces.</summary>
    public static byte[] FlateBomb(int megabytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < megabytes; i++)
            {
                zlib.Write(spaces);
            }
        }

        var data = compressed.ToArray();
        var pdf = new HandPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>");
        pdf.Add($"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n{Encoding.Latin1.GetString(data)}\nendstream");
        return pdf.Build();
    }
}
