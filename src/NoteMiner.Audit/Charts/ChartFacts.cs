namespace NoteMiner.Audit.Charts;

/// <summary>
/// A chart prepared for the rules: its verified passages in input order, how many failed verification,
/// the latest document date, and the patient-name tokens masked before boilerplate comparison.
/// </summary>
internal sealed record ChartFacts(
    ChartInput Input,
    IReadOnlyList<PassageFacts> Passages,
    int UnverifiedPassages,
    DateOnly? LatestDocumentDate,
    IReadOnlySet<string> PatientNameTokens)
{
    public string ChartId => Input.ChartId;
}
