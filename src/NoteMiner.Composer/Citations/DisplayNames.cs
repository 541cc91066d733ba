namespace NoteMiner.Composer.Citations;

/// <summary>
/// Names documents as a letter cites them: the path relative to the folder all the chart's documents share
/// (<c>care_plan.pdf</c>, <c>notes/2026-02.pdf</c>), with forward slashes; the payer never sees local folders.
/// </summary>
internal sealed class DisplayNames
{
    private readonly Dictionary<string, string> names;

    private DisplayNames(Dictionary<string, string> names)
    {
        this.names = names;
    }

    public static DisplayNames For(IReadOnlyList<ExtractedDocument> documents)
    {
        var paths = documents.Select(d => d.Path).Distinct(StringComparer.Ordinal).ToList();
        var full = paths.Select(Path.GetFullPath).ToList();
        var root = CommonFolder(full);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Count; i++)
        {
            names[paths[i]] = root is null ? Path.GetFileName(full[i]) : Path.GetRelativePath(root, full[i]).Replace('\\', '/');
        }

        return new DisplayNames(names);
    }

    /// <summary>The display name of a cited file; its file name when it is not among the documents.</summary>
    public string Of(string file) => names.TryGetValue(file, out var name) ? name : Path.GetFileName(file);

    private static string? CommonFolder(List<string> fullPaths)
    {
        if (fullPaths.Count == 0)
        {
            return null;
        }

        var common = Path.GetDirectoryName(fullPaths[0]);
        foreach (var path in fullPaths.Skip(1))
        {
            while (common is not null && !path.StartsWith(common.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                common = Path.GetDirectoryName(common);
            }
        }

        return common;
    }
}
