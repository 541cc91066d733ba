namespace NoteMiner.Composer.Citations;

/// <summary>
/// Checks quotes against the extracted text: the cited lines of the cited page are joined with single spaces
/// (as audit evidence is) and the quote must occur in them verbatim, ordinal, case and punctuation included.
/// A quote that does not is dropped with a reason, never corrected.
/// </summary>
public static class CitationVerifier
{
    /// <summary>Splits <paramref name="citations"/> into those that verify and those dropped, keeping order.</summary>
    public static (IReadOnlyList<Citation> Verified, IReadOnlyList<DroppedCitation> Dropped) Verify(
        IReadOnlyList<Citation> citations, IReadOnlyList<ExtractedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(citations);
        ArgumentNullException.ThrowIfNull(documents);
        var verified = new List<Citation>();
        var dropped = new List<DroppedCitation>();
        foreach (var citation in citations)
        {
            if (Check(citation, documents) is { } problem)
            {
                dropped.Add(new DroppedCitation(citation, problem));
            }
            else
            {
                verified.Add(citation);
            }
        }

        return (verified, dropped);
    }

    /// <summary>Null when <paramref name="citation"/> verifies; otherwise why not (no chart text).</summary>
    public static string? Check(Citation citation, IReadOnlyList<ExtractedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(documents);
        if (citation.Text.Length == 0)
        {
            return "the quote is empty";
        }

        if (FindDocument(citation.File, documents) is not { } document)
        {
            return "the file is not among the extracted documents";
        }

        if (document.Pages.FirstOrDefault(p => p.Number == citation.Page) is not { } page)
        {
            return "the page is not in the extracted document";
        }

        if (citation.FirstLine > citation.LastLine)
        {
            return "the line range is reversed";
        }

        var cited = JoinedLines(page, citation.FirstLine, citation.LastLine);
        if (cited is null)
        {
            return "the lines are not on the page";
        }

        return cited.Contains(citation.Text, StringComparison.Ordinal)
            ? null
            : "the quoted text does not occur verbatim on the cited lines";
    }

    /// <summary>The text of lines <paramref name="first"/>–<paramref name="last"/> joined with single spaces; null if none.</summary>
    public static string? JoinedLines(Page page, int first, int last)
    {
        ArgumentNullException.ThrowIfNull(page);
        var lines = page.Lines.Where(l => l.Number >= first && l.Number <= last).Select(l => l.Text).ToList();
        return lines.Count == 0 ? null : string.Join(' ', lines);
    }

    internal static ExtractedDocument? FindDocument(string file, IReadOnlyList<ExtractedDocument> documents)
    {
        var exact = documents.FirstOrDefault(d => string.Equals(d.Path, file, StringComparison.Ordinal));
        if (exact is not null)
        {
            return exact;
        }

        // The audit and the extraction may spell the same file relative and absolute.
        var full = Path.GetFullPath(file);
        return documents.FirstOrDefault(d => string.Equals(Path.GetFullPath(d.Path), full, StringComparison.Ordinal));
    }
}
