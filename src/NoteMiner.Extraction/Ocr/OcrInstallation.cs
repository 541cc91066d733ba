using System.Runtime.InteropServices;
using NoteMiner.Extraction.Ocr.Native;

namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// Finds what Tesseract needs on this machine — its libraries and the <c>*.traineddata</c> models — and says
/// in one line what is missing.
/// </summary>
internal static class OcrInstallation
{
    private const string InstallHint = "install it with: sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd";

    /// <summary>Folders searched, in order, when neither the options nor TESSDATA_PREFIX name one.</summary>
    public static IReadOnlyList<string> StandardFolders { get; } =
    [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
    ];

    private static readonly Lazy<string?> MissingLibrary = new(FindMissingLibrary);

    /// <summary>Throws <see cref="ExtractionEnvironmentException"/> unless libtesseract and leptonica load.</summary>
    public static void EnsureLibraries()
    {
        if (MissingLibrary.Value is { } missing)
        {
            throw new ExtractionEnvironmentException($"the OCR engine is missing ({missing} cannot be loaded); {InstallHint}");
        }
    }

    /// <summary>
    /// The tessdata folder holding every model in <paramref name="models"/>: <paramref name="configured"/> when
    /// given, else TESSDATA_PREFIX, else the first standard folder with them all.
    /// </summary>
    public static string FindTessdata(string? configured, IReadOnlyList<string> models)
    {
        var explicitFolder = !string.IsNullOrEmpty(configured) ? configured : Environment.GetEnvironmentVariable("TESSDATA_PREFIX");
        if (!string.IsNullOrEmpty(explicitFolder))
        {
            // TESSDATA_PREFIX names the tessdata folder itself in Tesseract 5, its parent in older releases.
            var nested = Path.Combine(explicitFolder, "tessdata");
            var folder = !HasAll(explicitFolder, models) && HasAll(nested, models) ? nested : explicitFolder;
            return MissingModel(folder, models) is { } missing
                ? throw new ExtractionEnvironmentException($"OCR language data {missing}.traineddata not found in {folder}")
                : folder;
        }

        foreach (var folder in StandardFolders)
        {
            if (HasAll(folder, models))
            {
                return folder;
            }
        }

        var absent = StandardFolders.Select(f => MissingModel(f, models)).FirstOrDefault(m => m is not null) ?? models[0];
        throw new ExtractionEnvironmentException(
            $"OCR language data {absent}.traineddata not found in {string.Join(", ", StandardFolders)} or TESSDATA_PREFIX; {InstallHint}");
    }

    /// <summary>The model files a language setting such as <c>eng+deu</c> needs, plus <c>osd</c> for orientation.</summary>
    public static IReadOnlyList<string> ModelsFor(string language, bool orientation)
    {
        var models = language.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (models.Count == 0 || models.Any(m => m.Contains('/', StringComparison.Ordinal) || m.Contains('.', StringComparison.Ordinal)))
        {
            // A setting, not a document, is wrong: every file would fail alike, so stop the run.
            throw new ExtractionEnvironmentException($"'{language}' is not a Tesseract language setting such as eng or eng+deu");
        }

        if (orientation && !models.Contains("osd", StringComparer.Ordinal))
        {
            models.Add("osd");
        }

        return models;
    }

    private static bool HasAll(string folder, IReadOnlyList<string> models) => MissingModel(folder, models) is null;

    private static string? MissingModel(string folder, IReadOnlyList<string> models) =>
        models.FirstOrDefault(m => !File.Exists(Path.Combine(folder, m + ".traineddata")));

    private static string? FindMissingLibrary()
    {
        // Loading libtesseract loads libgomp, which reads OMP_THREAD_LIMIT right then.
        NativeEnvironment.LimitOpenMpThreads();
        foreach (var library in new[] { Leptonica.Library, Tesseract.Library })
        {
            if (!NativeLibrary.TryLoad(library, typeof(OcrInstallation).Assembly, null, out _))
            {
                return library;
            }
        }

        return null;
    }
}
