using NoteMiner.Testing;

namespace NoteMiner.Extraction.Tests.Pdf;

/// <summary>A theory that compares against poppler's <c>pdftotext</c> on the shared corpus; skips without either.</summary>
public sealed class PdfToTextTheoryAttribute : TheoryAttribute
{
    public PdfToTextTheoryAttribute()
    {
        if (RepoPaths.Corpus is null)
        {
            Skip = "../shared/corpus is absent";
        }
        else if (!PdfToText.IsInstalled)
        {
            Skip = "pdftotext (poppler-utils) is not installed";
        }
    }
}
