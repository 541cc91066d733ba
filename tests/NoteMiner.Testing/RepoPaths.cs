namespace NoteMiner.Testing;

/// <summary>Locates the repository, its samples and the shared public corpus from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Models => Path.Combine(Root, "models");

    public static string TrainingData => Path.Combine(Root, "training-data");

    /// <summary>The shared corpus beside the repository (<c>../shared/corpus</c>), or null when absent.</summary>
    public static string? Corpus { get; } = FindCorpus();

    /// <summary>A path inside the corpus; callers run only under <see cref="CorpusFactAttribute"/>.</summary>
    public static string CorpusPath(params string[] parts) =>
        Path.Combine([Corpus ?? throw new InvalidOperationException("The shared corpus is absent."), .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NoteMiner.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("NoteMiner.sln not found above the test folder.");
    }

    private static string? FindCorpus()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NOTEMINER_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var beside = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));
        return Directory.Exists(beside) ? beside : null;
    }
}
