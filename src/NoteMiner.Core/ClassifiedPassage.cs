namespace NoteMiner;

/// <summary>A passage with the classifier's verdict on it; the unit the audit works on.</summary>
public sealed record ClassifiedPassage(Passage Passage, Classification Classification);
