namespace NoteMiner;

/// <summary>
/// Something wrong with one input file (or one page of it). The run goes on; the diagnostic is reported.
/// Messages name the file and the kind of problem, never the document's text.
/// </summary>
public sealed record Diagnostic(string File, DiagnosticKind Kind, string Message)
{
    /// <summary>The page the problem is on, when it concerns one page only.</summary>
    public int? Page { get; init; }

    /// <summary>True when the whole file was skipped; false when only part of it was lost.</summary>
    public bool Skipped { get; init; } = true;

    /// <summary>Technical detail (an exception's type and stack) shown only with <c>--verbose</c>.</summary>
    public string? Detail { get; init; }

    /// <summary>The one-line form printed on stderr: <c>noteminer: &lt;file&gt;: &lt;what is wrong&gt;</c>.</summary>
    public override string ToString() =>
        Page is { } page ? $"noteminer: {File}: page {page}: {Message}" : $"noteminer: {File}: {Message}";
}
