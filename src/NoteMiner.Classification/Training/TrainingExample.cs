namespace NoteMiner.Classifier.Training;

/// <summary>
/// One labeled passage of <c>training-data/*.jsonl</c>: its verbatim text, the section header it stood under
/// (if any), its element, whether it is a blank or negated field, and the writing style it imitates.
/// </summary>
public sealed record TrainingExample(string Text, string? Header, ElementLabel Label, bool Negated, string Style)
{
    /// <summary>The file and 1-based line the example came from, for messages.</summary>
    public string Origin { get; init; } = "";

    /// <summary>The same examples as <c>classify --jsonl</c> sees text: without their section headers.</summary>
    public static IReadOnlyList<TrainingExample> WithoutHeaders(IEnumerable<TrainingExample> examples) =>
        examples.Select(e => e with { Header = null }).ToList();
}
