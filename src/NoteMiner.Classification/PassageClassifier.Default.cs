namespace NoteMiner.Classifier;

public sealed partial class PassageClassifier
{
    /// <summary>The committed model's path inside the repository.</summary>
    public const string DefaultModelRelativePath = "models/noteminer.zip";

    /// <summary>
    /// Loads the default model: <c>NOTEMINER_MODEL</c> when set, else <c>models/noteminer.zip</c> in the working
    /// folder or in the nearest folder above the application that has one.
    /// </summary>
    public static PassageClassifier LoadDefault()
    {
        var path = FindDefaultModel()
            ?? throw new ClassificationModelException($"{DefaultModelRelativePath}: model not found (set NOTEMINER_MODEL or pass --model)");
        return Load(path, DisplayName(path));
    }

    /// <summary>The default model's path, or null when there is none.</summary>
    public static string? FindDefaultModel()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NOTEMINER_MODEL");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, DefaultModelRelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>The name a model is reported under: <c>models/NAME.zip</c> for a model in a models folder.</summary>
    public static string DisplayName(string path)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        return folder == "models" ? $"models/{Path.GetFileName(path)}" : path;
    }
}
