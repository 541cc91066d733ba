namespace NoteMiner.Classifier.Training;

/// <summary>The training data cannot be read: a missing folder, a malformed line, an unknown label.</summary>
public sealed class TrainingDataException(string message) : Exception(message);
