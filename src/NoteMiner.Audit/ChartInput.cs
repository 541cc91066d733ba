namespace NoteMiner.Audit;

/// <summary>
/// One patient's chart as the audit sees it: its extracted documents and their classified passages.
/// Passages are checked against the documents' lines, so evidence is always verbatim.
/// </summary>
public sealed record ChartInput(
    string ChartId,
    IReadOnlyList<ExtractedDocument> Documents,
    IReadOnlyList<ClassifiedPassage> Passages)
{
    /// <summary>
    /// The patient's name tokens, when the caller knows them; masked before boilerplate comparison.
    /// Names on "Patient:"/"Name:" header lines of the documents are found without this.
    /// </summary>
    public IReadOnlyList<string> PatientNames { get; init; } = [];
}
