namespace NoteMiner.Extraction;

/// <summary>
/// The machine cannot extract at all (e.g. the OCR engine or its language data is missing). Not about one
/// document: the CLI maps it to exit code 3 with a one-line message.
/// </summary>
public sealed class ExtractionEnvironmentException : Exception
{
    public ExtractionEnvironmentException(string message)
        : base(message)
    {
    }

    public ExtractionEnvironmentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
