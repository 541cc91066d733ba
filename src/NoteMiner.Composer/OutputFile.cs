namespace NoteMiner.Composer;

/// <summary>
/// Writes an output file atomically: to a temporary file in the same folder, flushed, then moved over the target,
/// so a reader never sees half a letter and a failed run leaves the old file intact. Refuses to overwrite an input.
/// </summary>
public static class OutputFile
{
    /// <summary>
    /// Writes <paramref name="bytes"/> to <paramref name="path"/>. Throws <see cref="AppealInputException"/> when the
    /// path is one of <paramref name="inputs"/> or a folder, or the folder cannot be written.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> bytes, IEnumerable<string> inputs)
    {
        Check(path, inputs);
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new AppealInputException(path, "cannot be written");
        }
    }

    /// <summary>
    /// Throws what <see cref="Write"/> would throw before writing anything, so that a command with several outputs
    /// can check them all first and never leave one written and another refused.
    /// </summary>
    public static void Check(string path, IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(inputs);
        var target = Path.GetFullPath(path);
        if (inputs.Any(i => SameFile(Path.GetFullPath(i), target)))
        {
            throw new AppealInputException(path, "is an input file; refusing to overwrite it");
        }

        if (Directory.Exists(target))
        {
            throw new AppealInputException(path, "is a folder");
        }

        if (!Directory.Exists(Path.GetDirectoryName(target)!))
        {
            throw new AppealInputException(path, "its folder does not exist");
        }
    }

    /// <summary>Whether two full paths name the same file, a symbolic link to it included.</summary>
    public static bool SameFile(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        // A symbolic link to an input is the input.
        return File.Exists(a) && File.Exists(b)
            && string.Equals(Resolve(a), Resolve(b), StringComparison.Ordinal);
    }

    private static string Resolve(string path) =>
        File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
