namespace NoteMiner;

/// <summary>Where a page's text came from.</summary>
public enum PageSource
{
    /// <summary>The document's own text layer (PDF text, DOCX, plain text).</summary>
    Text,

    /// <summary>Optical character recognition of a page image.</summary>
    Ocr,
}
