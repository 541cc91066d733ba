namespace NoteMiner;

/// <summary>One recognised or extracted word with its box and, for OCR, its confidence (0–100).</summary>
public sealed record Word(string Text, BoundingBox Box, double? Confidence = null);
