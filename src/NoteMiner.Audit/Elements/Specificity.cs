namespace NoteMiner.Audit.Elements;

/// <summary>How patient-specific a passage is (0–1), which facts made it so, and how many generic phrases it has.</summary>
internal sealed record Specificity(double Score, IReadOnlyList<SpecificityFeature> Features, string? DetailReason, int GenericPhrases)
{
    public static Specificity None { get; } = new(0, [], null, 0);

    public bool Has(SpecificityFeature feature) => Features.Contains(feature);

    /// <summary>The two strongest facts in words, e.g. "measurable target and date".</summary>
    public string Describe()
    {
        var names = Features.Order().Take(2).Select(Name).ToList();
        return names.Count == 0 ? "specific text" : string.Join(" and ", names);
    }

    private string Name(SpecificityFeature feature) => feature switch
    {
        SpecificityFeature.ReasonedNegative => "reasoned negative",
        SpecificityFeature.MeasurableTarget => "measurable target",
        SpecificityFeature.Score => "screening score",
        SpecificityFeature.Dose => "dose",
        SpecificityFeature.NamedPerson => "named person",
        SpecificityFeature.NamedAgency => "named agency or service",
        SpecificityFeature.ElementDetail => DetailReason ?? "specific details",
        SpecificityFeature.Date => "date",
        SpecificityFeature.TimeFrame => "time frame",
        SpecificityFeature.ConcreteDetail => "concrete details",
        SpecificityFeature.Role => "responsible role",
        SpecificityFeature.Detailed => "detailed text",
        _ => feature.ToString(),
    };
}
