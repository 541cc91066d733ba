namespace NoteMiner;

/// <summary>
/// The classifier's verdict on a passage: its element, the score (0–1) and whether the passage is a blank,
/// "N/A", "not assessed" or otherwise negated field that never counts as evidence.
/// </summary>
public sealed record Classification(ElementLabel Label, double Score, bool Negated);
