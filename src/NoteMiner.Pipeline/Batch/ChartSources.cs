using NoteMiner.Extraction;

namespace NoteMiner.Pipeline.Batch;

/// <summary>Turns chart paths into <see cref="ChartSource"/>s: files found recursively, ids unique in the run.</summary>
public static class ChartSources
{
    public static IReadOnlyList<ChartSource> Resolve(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var charts = new List<ChartSource>(paths.Count);
        foreach (var path in paths)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            var isFolder = Directory.Exists(path);
            var diagnostics = new List<Diagnostic>();
            var files = ChartFiles.Expand([path], diagnostics);
            if (isFolder && files.Count == 0 && diagnostics.Count == 0)
            {
                diagnostics.Add(new Diagnostic(path, DiagnosticKind.Empty, "chart folder has no files"));
            }

            charts.Add(new ChartSource(UniqueId(IdOf(path), used), path, isFolder, files, diagnostics));
        }

        return charts;
    }

    /// <summary>The folder or file name; the full path when it has none (a root).</summary>
    public static string IdOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var trimmed = System.IO.Path.TrimEndingDirectorySeparator(path);
        var name = System.IO.Path.GetFileName(trimmed);
        return name.Length > 0 ? name : path;
    }

    private static string UniqueId(string id, Dictionary<string, int> used)
    {
        if (!used.TryGetValue(id, out var count))
        {
            used[id] = 1;
            return id;
        }

        // Two charts with the same folder name (from different parents) stay apart in reports and boilerplate.
        string candidate;
        do
        {
            count++;
            candidate = $"{id} ({count})";
        }
        while (used.ContainsKey(candidate));

        used[id] = count;
        used[candidate] = 1;
        return candidate;
    }
}
