namespace NoteMiner.Classifier;

/// <summary>The classification model is missing or unreadable: a broken installation, not a bad chart.</summary>
public sealed class ClassificationModelException(string message, Exception? inner = null) : Exception(message, inner);
