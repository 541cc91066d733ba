namespace NoteMiner.Pipeline.Batch;

/// <summary>
/// One chart to audit: its id (the folder or file name, made unique in the run), the path given, the files found
/// in it, and problems met while walking its folder. <see cref="IsFolder"/> is false for a single-file chart.
/// </summary>
public sealed record ChartSource(
    string ChartId,
    string Path,
    bool IsFolder,
    IReadOnlyList<string> Files,
    IReadOnlyList<Diagnostic> WalkDiagnostics);
