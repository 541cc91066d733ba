namespace NoteMiner;

/// <summary>The file formats NoteMiner reads. JSON names are lower case (<c>pdf</c>, <c>docx</c>, …).</summary>
public enum DocumentKind
{
    Unknown,
    Pdf,
    Docx,
    Text,
    Markdown,
    Png,
    Jpeg,
    Tiff,
}
