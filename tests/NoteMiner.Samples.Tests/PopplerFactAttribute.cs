namespace NoteMiner.Samples.Tests;

/// <summary>A fact that compares against poppler-utils (<c>pdftotext</c>, <c>pdftoppm</c>) and skips without them.</summary>
public sealed class PopplerFactAttribute : FactAttribute
{
    public PopplerFactAttribute()
    {
        if (!Poppler.IsInstalled)
        {
            Skip = "poppler-utils (pdftotext, pdftoppm) are not installed";
        }
    }
}
