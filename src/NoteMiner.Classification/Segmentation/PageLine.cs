namespace NoteMiner.Classifier.Segmentation;

/// <summary>A line with its page and what the segmenter read it as.</summary>
internal sealed record PageLine(Page Page, Line Line, LineKind Kind);
