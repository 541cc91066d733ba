namespace NoteMiner.Extraction;

/// <summary>
/// Expands chart paths (files and folders) into the files to read. Folders are walked recursively in
/// ordinal name order; a symbolic link to a folder is not followed (no loops), and a folder that cannot be
/// listed becomes a diagnostic. Hidden files and the appeal's <c>claim.json</c> sidecar are not chart documents
/// and are passed over silently.
/// </summary>
public static class ChartFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                Walk(path, files, diagnostics);
            }
            else
            {
                // A missing file is reported by the reader, in order, like any other unreadable file.
                files.Add(path);
            }
        }

        return files;
    }

    private static void Walk(string folder, List<string> files, ICollection<Diagnostic> diagnostics)
    {
        string[] entries;
        try
        {
            entries = Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            diagnostics.Add(new Diagnostic(folder, DiagnosticKind.Unreadable, "folder cannot be listed"));
            return;
        }

        Array.Sort(entries, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var info = new FileInfo(entry);
            if (info.Attributes.HasFlag(FileAttributes.Directory))
            {
                if (info.LinkTarget is not null)
                {
                    diagnostics.Add(new Diagnostic(entry, DiagnosticKind.Unsupported, "symbolic link to a folder not followed"));
                    continue;
                }

                Walk(entry, files, diagnostics);
            }
            else if (IsChartDocument(Path.GetFileName(entry)))
            {
                files.Add(entry);
            }
        }
    }

    private static bool IsChartDocument(string name) =>
        !name.StartsWith('.') && !name.Equals(ClaimFileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The appeal's claim sidecar kept beside a chart's documents.</summary>
    public const string ClaimFileName = "claim.json";
}
