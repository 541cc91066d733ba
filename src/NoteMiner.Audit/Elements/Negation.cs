namespace NoteMiner.Audit.Elements;

/// <summary>
/// Whether a passage is a negated field (never evidence) or a reasoned negative ("no caregiver — lives alone,
/// independent in all ADLs"), which is evidence.
/// </summary>
internal sealed record Negation(bool Negated, NegationKind Kind, bool Reasoned, string? Phrase)
{
    public static Negation None { get; } = new(false, NegationKind.None, false, null);

    /// <summary>The reason an element is missing when this is all the chart has for it.</summary>
    public string Reason => Kind switch
    {
        NegationKind.Blank => "field left blank",
        NegationKind.NotApplicable when Phrase is "n/a" or "na" or "not applicable" => "field left blank (N/A)",
        NegationKind.NotApplicable => $"marked \"{Phrase}\" without a reason",
        NegationKind.NotDone => $"marked \"{Phrase}\"",
        _ => "field blank or negated",
    };
}
