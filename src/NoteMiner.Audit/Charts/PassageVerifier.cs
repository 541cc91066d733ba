namespace NoteMiner.Audit.Charts;

/// <summary>
/// Checks a passage's text against the extracted lines it names (joined with single spaces), so evidence is
/// always verbatim. A passage whose document is not among the chart's documents cannot be checked and is trusted.
/// </summary>
internal static class PassageVerifier
{
    public static bool IsVerbatim(Passage passage, IReadOnlyDictionary<string, ExtractedDocument> documents)
    {
        var location = passage.Location;
        if (!documents.TryGetValue(location.File, out var document))
        {
            return true;
        }

        var page = document.Pages.FirstOrDefault(p => p.Number == location.Page);
        if (page is null || passage.Text.Length == 0)
        {
            return false;
        }

        var lines = page.Lines.Where(l => l.Number >= location.FirstLine && l.Number <= location.LastLine)
            .Select(l => l.Text).ToList();
        return string.Join(' ', lines).Contains(passage.Text, StringComparison.Ordinal)
            || string.Join(' ', lines.Select(l => l.Trim())).Contains(passage.Text, StringComparison.Ordinal);
    }
}
