using System.Text;
using NoteMiner.Security.Tests.Corpus;

namespace NoteMiner.Fuzz;

/// <summary>Small, valid starting files per target, generated (AFL wants seeds of a few kilobytes at most).</summary>
internal static class Seeds
{
    public static void Write(string target, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, bytes) in For(target))
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
        }
    }

    public static IEnumerable<(string Name, byte[] Bytes)> For(string target) => target switch
    {
        "pdf" =>
        [
            ("text.pdf", HandPdf.Text(["Care plan reviewed 02/20/2026.", "Goal: A1c < 8% by 09/2026."])),
            ("owner-encrypted.pdf", HandPdf.Text(["Shared via portal."], new PdfEncryption("", "owner"))),
            ("nested.pdf", Nested()),
        ],
        "docx" =>
        [
            ("note.docx", DocxFiles.Plain("Caregiver: daughter Anna, lives with patient.", "Home safety: rugs removed.")),
            ("external.docx", DocxFiles.ExternalRelationships("http://127.0.0.1:9", "Linked template.")),
        ],
        "docx-xml" =>
        [
            ("note.xml", WordPackage.MainPart(DocxFiles.Plain("Caregiver: daughter Anna, lives with patient.", "Home safety: rugs removed."))),
        ],
        "image" =>
        [
            ("frames.tif", BinaryFiles.MultiPageTiff(3, 32)),
            ("small.png", BinaryFiles.PngHeader(64, 64)),
        ],
        "text" =>
        [
            ("note.txt", Encoding.UTF8.GetBytes("Visit note 03/02/2026\nBP 128/80\n\fPage 2: plan shared via portal.\n")),
            ("utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Caregiver: none, lives alone.\r\n")]),
        ],
        _ => throw new ArgumentException($"unknown target '{target}'", nameof(target)),
    };

    private static byte[] Nested()
    {
        var pdf = new HandPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /X [[[<< /A [1 2 (s)] >>]]] >>");
        pdf.AddStream("BT /F1 12 Tf 72 720 Td [(Med) -20 (ication)] TJ ET q 1 0 0 1 0 0 cm Q");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        return pdf.Build();
    }
}
