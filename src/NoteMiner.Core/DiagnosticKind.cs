namespace NoteMiner;

/// <summary>What kind of problem a <see cref="Diagnostic"/> reports.</summary>
public enum DiagnosticKind
{
    Unsupported,
    Empty,
    Corrupt,
    Encrypted,
    FormatMismatch,
    LimitExceeded,
    Timeout,
    OcrFailed,
    Unreadable,
}
