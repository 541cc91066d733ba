using NoteMiner.Audit.Elements;

namespace NoteMiner.Audit.Charts;

/// <summary>
/// A verified passage with what every rule needs to know about it: negation, its document's date, and the
/// elements it may document with a confidence each.
/// </summary>
internal sealed record PassageFacts(
    int Index,
    ClassifiedPassage Source,
    Negation Negation,
    DateOnly? DocumentDate,
    IReadOnlyDictionary<ElementLabel, double> Candidates)
{
    public Passage Passage => Source.Passage;

    public string Text => Source.Passage.Text;

    /// <summary>
    /// The text rules judge: a table row's cells named by its column headings ("Minutes: 12"), else the text.
    /// Evidence always quotes <see cref="Text"/>.
    /// </summary>
    public string AssessText => TableCells.Label(Source.Passage);

    public SourceLocation Location => Source.Passage.Location;

    public ElementLabel Label => Source.Classification.Label;

    public bool IsCandidateFor(ElementLabel element) => Candidates.ContainsKey(element);

    /// <summary>Document order: file, page, first line.</summary>
    public static IComparer<PassageFacts> ByLocation { get; } = Comparer<PassageFacts>.Create((a, b) =>
    {
        var file = string.CompareOrdinal(a.Location.File, b.Location.File);
        if (file != 0)
        {
            return file;
        }

        var page = a.Location.Page.CompareTo(b.Location.Page);
        if (page != 0)
        {
            return page;
        }

        var line = a.Location.FirstLine.CompareTo(b.Location.FirstLine);
        return line != 0 ? line : a.Index.CompareTo(b.Index);
    });
}
