namespace NoteMiner.Classifier.Tests.Ood;

/// <summary>A passage from a document NoteMiner's team did not write, with the label its source section implies.</summary>
public sealed record OodPassage(string Set, string Group, string Text, string? Header, ElementLabel Expected);
