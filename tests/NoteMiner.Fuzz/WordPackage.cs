using System.IO.Compression;

namespace NoteMiner.Fuzz;

/// <summary>
/// For the <c>docx-xml</c> target: the input is the main document part, wrapped in an otherwise valid package, so
/// that mutations reach the XML and the Open XML SDK instead of dying on the zip's checksums (as nearly all
/// mutations of a whole <c>.docx</c> do).
/// </summary>
internal static class WordPackage
{
    private static readonly byte[] Template = Security.Tests.Corpus.DocxFiles.Plain("placeholder");

    /// <summary>A package whose <c>word/document.xml</c> is <paramref name="mainPart"/>.</summary>
    public static byte[] Around(ReadOnlySpan<byte> mainPart)
    {
        using var package = new MemoryStream();
        package.Write(Template);
        using (var archive = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("word/document.xml")!.Delete();
            using var stream = archive.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            stream.Write(mainPart);
        }

        return package.ToArray();
    }

    /// <summary>The main document part of a package.</summary>
    public static byte[] MainPart(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var part = archive.GetEntry("word/document.xml")!.Open();
        using var bytes = new MemoryStream();
        part.CopyTo(bytes);
        return bytes.ToArray();
    }
}
