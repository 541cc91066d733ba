namespace NoteMiner.Classifier.Features;

/// <summary>What the featurizer extracts from a passage. Stored in the model's manifest; change with <c>with { … }</c>.</summary>
public sealed record FeatureOptions
{
    public static FeatureOptions Default { get; } = new();

    /// <summary>Longest word n-gram over the passage text (1 = words only).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Shortest character n-gram.</summary>
    public int CharNgramMin { get; init; } = 3;

    /// <summary>Longest character n-gram over the passage text; 0 turns character n-grams off.</summary>
    public int CharNgramLength { get; init; } = 5;

    /// <summary>Weights n-grams by (1 + ln tf) × idf rather than (1 + ln tf).</summary>
    public bool TfIdf { get; init; } = true;

    /// <summary>Whether the section header is a feature (as its own word bag, apart from the text).</summary>
    public bool UseHeader { get; init; } = true;

    /// <summary>Scale of the header's word n-grams against the text's.</summary>
    public float HeaderWeight { get; init; } = 2f;

    /// <summary>Scale of the cue-lexicon features (<see cref="CueLexicon"/>); 0 leaves them out.</summary>
    public float CueWeight { get; init; } = 0.5f;

    /// <summary>Fewest training passages an n-gram must occur in to become a feature.</summary>
    public int MinDocumentFrequency { get; init; } = 1;
}
