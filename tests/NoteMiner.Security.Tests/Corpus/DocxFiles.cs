using System.IO.Compression;
using System.Text;

namespace NoteMiner.Security.Tests.Corpus;

/// <summary>Word packages written part by part: a plain one, and the hostile variants.</summary>
internal static class DocxFiles
{
    private const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string MacroType = "application/vnd.ms-word.document.macroEnabled.main+xml";
    private const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A document of one paragraph per line.</summary>
    public static byte[] Plain(params string[] paragraphs) => Package(Document(paragraphs), documentRels: null);

    /// <summary>
    /// A readable document whose relationships point outside the package (an attached template, a linked image, a
    /// hyperlink) at <paramref name="url"/>: nothing may ever fetch them.
    /// </summary>
    public static byte[] ExternalRelationships(string url, params string[] paragraphs)
    {
        var rels = $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rIdT" Type="{Relationships}/attachedTemplate" Target="{url}/template.dotm" TargetMode="External"/>
              <Relationship Id="rIdI" Type="{Relationships}/image" Target="{url}/tracker.png" TargetMode="External"/>
              <Relationship Id="rIdH" Type="{Relationships}/hyperlink" Target="{url}/portal" TargetMode="External"/>
            </Relationships>
            """;
        return Package(Document(paragraphs), rels);
    }

    /// <summary>A macro-enabled document (.docm) with a VBA part, as if renamed to .docx.</summary>
    public static byte[] MacroEnabled(params string[] paragraphs) =>
        Package(Document(paragraphs), documentRels: null, mainType: MacroType, extra: ("word/vbaProject.bin", BinaryFiles.Random(7, 2048)));

    /// <summary>A document whose XML declares an external entity at <paramref name="url"/> (XXE).</summary>
    public static byte[] ExternalEntity(string url)
    {
        var document = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE w:document [<!ENTITY chart SYSTEM "{url}/entity">]>
            <w:document xmlns:w="{Word}"><w:body><w:p><w:r><w:t>&chart;</w:t></w:r></w:p></w:body></w:document>
            """;
        return Package(document, documentRels: null);
    }

    /// <summary>
    /// A zip bomb: the main part inflates to <paramref name="megabytes"/> MB of padding inside a valid element.
    /// </summary>
    public static byte[] ZipBomb(int megabytes)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddBasics(archive, MainType, documentRels: null);
            var entry = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            stream.Write(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{Word}\"><w:body><w:p><w:r><w:t>"));
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < megabytes; i++)
            {
                stream.Write(spaces);
            }

            stream.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }

        return zip.ToArray();
    }

    private static string Document(IEnumerable<string> paragraphs) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"{Word}\"><w:body>"
        + string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(p)}</w:t></w:r></w:p>"))
        + "</w:body></w:document>";

    private static byte[] Package(string document, string? documentRels, string mainType = MainType, (string Name, byte[] Bytes)? extra = null)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddBasics(archive, mainType, documentRels);
            Add(archive, "word/document.xml", Encoding.UTF8.GetBytes(document));
            if (extra is { } part)
            {
                Add(archive, part.Name, part.Bytes);
            }
        }

        return zip.ToArray();
    }

    private static void AddBasics(ZipArchive archive, string mainType, string? documentRels)
    {
        Add(archive, "[Content_Types].xml", Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
              <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
              <Default Extension="xml" ContentType="application/xml"/>
              <Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>
              <Override PartName="/word/document.xml" ContentType="{mainType}"/>
            </Types>
            """));
        Add(archive, "_rels/.rels", Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="word/document.xml"/>
            </Relationships>
            """));
        if (documentRels is not null)
        {
            Add(archive, "word/_rels/document.xml.rels", Encoding.UTF8.GetBytes(documentRels));
        }
    }

    private static void Add(ZipArchive archive, string name, byte[] bytes)
    {
        using var stream = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(bytes);
    }
}
