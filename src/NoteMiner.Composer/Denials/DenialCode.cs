namespace NoteMiner.Composer.Denials;

/// <summary>
/// A payer denial code the composer can answer: its reason as payers word it, the care-plan elements the denial
/// turns on (all must be present for the appeal to go out unforced), whether a dated revision must follow
/// every significant event the chart shows, and the embedded template that writes the letter.
/// </summary>
public sealed record DenialCode(
    string Code,
    string Reason,
    IReadOnlyList<ElementLabel> RequiredElements,
    bool RequiresRevisionAfterEvents,
    string TemplateResource)
{
    /// <summary>The code and its reason as a letter names them: <c>CCM02 – Care plan not comprehensive…</c>.</summary>
    public string Title => $"{Code} – {Reason}";
}
