namespace NoteMiner;

/// <summary>Labels passages with care-plan elements. Thread-safe.</summary>
public interface IPassageClassifier
{
    /// <summary>A short name of the model, as reported in outputs (e.g. <c>models/noteminer-v1.zip</c>).</summary>
    string ModelName { get; }

    /// <summary>Classifies <paramref name="text"/> under an optional section <paramref name="header"/>.</summary>
    Classification Classify(string text, string? header = null);

    /// <summary>Classifies many passages at once, in order.</summary>
    IReadOnlyList<Classification> ClassifyAll(IReadOnlyList<Passage> passages);
}
