using System.Globalization;
using System.Text;

namespace NoteMiner.Extraction.Tests.Pdf;

/// <summary>
/// PDFs written object by object, for damage no builder produces: the catalog first (as most writers put it),
/// optional cross-reference table, any page content.
/// </summary>
internal static class HandWrittenPdf
{
    /// <summary>One page per content stream; the font is F1 (Helvetica).</summary>
    public static byte[] Write(IReadOnlyList<string> pageContents, bool withXref = true, string? pageResources = null, string pageExtra = "")
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', pageContents.Select((_, i) => $"{4 + (2 * i)} 0 R"))}] /Count {pageContents.Count} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        for (var i = 0; i < pageContents.Count; i++)
        {
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources {pageResources ?? "<< /Font << /F1 3 0 R >> >>"} /Contents {5 + (2 * i)} 0 R {pageExtra}>>");
            objects.Add($"<< /Length {Encoding.Latin1.GetByteCount(pageContents[i])} >>\nstream\n{pageContents[i]}\nendstream");
        }

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        if (withXref)
        {
            var xref = pdf.Length;
            pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
            offsets.ForEach(o => pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n"));
            pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        }

        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>One page that is a single full-page image stream with the given filter and raw data.</summary>
    public static byte[] ImagePage(string filter, byte[] data, int width, int height, string colorSpace = "/DeviceGray", int bitsPerComponent = 8)
    {
        var content = "q 612 0 0 792 0 0 cm /Im1 Do Q";
        var pdf = new StringBuilder("%PDF-1.4\n");
        pdf.Append("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        pdf.Append("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        pdf.Append("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>\nendobj\n");
        pdf.Append(CultureInfo.InvariantCulture, $"4 0 obj\n<< /Length {content.Length} >>\nstream\n{content}\nendstream\nendobj\n");
        pdf.Append(CultureInfo.InvariantCulture, $"5 0 obj\n<< /Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace {colorSpace} ");
        pdf.Append(CultureInfo.InvariantCulture, $"/BitsPerComponent {bitsPerComponent} /Filter /{filter} /Length {data.Length} >>\nstream\n");
        pdf.Append(Encoding.Latin1.GetString(data)).Append("\nendstream\nendobj\n");
        pdf.Append("trailer\n<< /Size 6 /Root 1 0 R >>\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>A content stream that writes each line 14 points below the previous, from the top.</summary>
    public static string Lines(params string[] lines) =>
        "BT /F1 11 Tf 72 700 Td 14 TL " + string.Join(' ', lines.Select(l => $"({l}) '")) + " ET";
}
