using System.Globalization;
using System.Text;

namespace NoteMiner.Security.Tests.Corpus;

/// <summary>
/// PDFs written object by object, for the damage and abuse no PDF library produces: a page tree that loops,
/// thousands of pages, a lying cross-reference table, encryption. Object 1 is the catalog.
/// </summary>
internal sealed class HandPdf
{
    private readonly List<string> _objects = [];

    /// <summary>Adds an object and returns its number.</summary>
    public int Add(string body)
    {
        _objects.Add(body);
        return _objects.Count;
    }

    /// <summary>Replaces object <paramref name="number"/>, for objects that refer to ones added after them.</summary>
    public void Set(int number, string body) => _objects[number - 1] = body;

    /// <summary>A stream object; <paramref name="encryption"/> encrypts its data with the object's key.</summary>
    public int AddStream(string content, PdfEncryption? encryption = null)
    {
        var number = _objects.Count + 1;
        var data = Encoding.Latin1.GetBytes(content);
        if (encryption is not null)
        {
            data = encryption.EncryptObjectData(number, data);
        }

        return Add($"<< /Length {data.Length} >>\nstream\n{Encoding.Latin1.GetString(data)}\nendstream");
    }

    /// <summary>The file. <paramref name="trailerExtra"/> goes into the trailer; <paramref name="lyingXref"/> points every entry at offset 0.</summary>
    public byte[] Build(string trailerExtra = "", bool lyingXref = false)
    {
        var pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        for (var i = 0; i < _objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{_objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {_objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{(lyingXref ? 7 : offset):D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {_objects.Count + 1} /Root 1 0 R {trailerExtra}>>\n");
        pdf.Append(CultureInfo.InvariantCulture, $"startxref\n{(lyingXref ? xref / 2 : xref)}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>A text PDF with one line of Helvetica per page.</summary>
    public static byte[] Text(IReadOnlyList<string> pageLines, PdfEncryption? encryption = null, bool lyingXref = false)
    {
        var pdf = new HandPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var kids = new List<int>();
        foreach (var line in pageLines)
        {
            var content = pdf.AddStream($"BT /F1 12 Tf 72 720 Td ({line}) Tj ET", encryption);
            kids.Add(pdf.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {content} 0 R >>"));
        }

        pdf.Set(2, $"<< /Type /Pages /Kids [{string.Join(' ', kids.Select(k => $"{k} 0 R"))}] /Count {kids.Count} >>");
        if (encryption is null)
        {
            return pdf.Build(lyingXref: lyingXref);
        }

        var encrypt = pdf.Add(encryption.Dictionary());
        return pdf.Build($"/Encrypt {encrypt} 0 R /ID [<{encryption.IdHex}> <{encryption.IdHex}>] ", lyingXref);
    }
}
