using NoteMiner.Extraction;

namespace NoteMiner.Fuzz;

/// <summary>
/// One entry point under fuzzing: the bytes become a file with the target's extension and go through the same
/// <see cref="DocumentReader"/> the CLI uses. A finding is anything that would hurt a batch: an exception out of
/// the reader, a document over its time budget (a hang), memory or stack exhaustion (a peak over 1 GB ends the
/// process on purpose), an exception thrown by
/// NoteMiner's own code instead of a diagnostic, or a diagnostic that is not one line. A parser's exception turned
/// into a diagnostic is the contract working, not a finding. A crash of the process (stack overflow, native fault)
/// is a finding by itself.
/// </summary>
internal sealed class FuzzTarget : IDisposable
{
    /// <summary>Small limits keep each execution short; the time budget is the hang detector.</summary>
    private static readonly ExtractionOptions Options = ExtractionOptions.Default with
    {
        OcrParallelism = 1,
        Limits = ExtractionLimits.Default with
        {
            MaxFileBytes = 1024 * 1024,
            MaxPages = 20,
            MaxImagePixels = 4_000_000,
            MaxDecompressedBytes = 8 * 1024 * 1024,

            // As permissive as an API caller may ask: NoteMiner must hold its own ceiling.
            MaxPdfNestingDepth = int.MaxValue,
            TimePerDocument = TimeSpan.FromSeconds(10),
            TimePerOcrPage = TimeSpan.FromSeconds(5),
        },
    };

    /// <summary>An execution here peaks near 150 MB (OCR included); a gigabyte means something inflated unchecked.</summary>
    private const long MemoryCeiling = 1024L * 1024 * 1024;

    private readonly DocumentReader _reader = DefaultExtractors.CreateReader();
    private readonly string _path;

    private FuzzTarget(string name, string extension)
    {
        Name = name;
        var folder = Directory.CreateTempSubdirectory("noteminer-fuzz-").FullName;
        _path = Path.Combine(folder, "input" + extension);
    }

    public string Name { get; }

    /// <summary>Removes the input file's folder (not reached under afl-fuzz, which kills the process: fuzz.sh points TMPDIR into its output).</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An abandoned extraction may still hold the file; the folder is in the temp folder.
        }
    }

    public static FuzzTarget Create(string name) => name switch
    {
        "pdf" => new FuzzTarget(name, ".pdf"),
        "docx" => new FuzzTarget(name, ".docx"),
        "docx-xml" => new FuzzTarget(name, ".docx"),
        "image" => new FuzzTarget(name, ".png"),
        "text" => new FuzzTarget(name, ".txt"),
        _ => throw new ArgumentException($"unknown target '{name}'", nameof(name)),
    };

    /// <summary>Runs one input; throws <see cref="FuzzFinding"/> for a finding.</summary>
    public void Run(ReadOnlySpan<byte> input)
    {
        // The image target reads PNG, JPEG and TIFF alike: the extension follows the magic bytes the mutator kept.
        var path = Name == "image" ? ImagePath(input) : _path;
        File.WriteAllBytes(path, Name == "docx-xml" ? WordPackage.Around(input) : input.ToArray());
        ExtractedDocument document;
        try
        {
            document = _reader.Read(path, Options);
        }
        catch (ExtractionEnvironmentException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new FuzzFinding("the reader threw instead of returning a diagnostic", e);
        }

        foreach (var diagnostic in document.Diagnostics)
        {
            Check(diagnostic);
        }

        // A decompression bomb that got through shows as memory, not as an exception. The peak never falls, so the
        // process ends here (afl-fuzz files the input as a crash and starts a fresh process).
        var peak = System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64;
        if (peak > MemoryCeiling)
        {
            Environment.FailFast($"memory: peak working set {peak / (1024 * 1024)} MB after this input");
        }
    }

    private static void Check(Diagnostic diagnostic)
    {
        if (diagnostic.Kind == DiagnosticKind.Timeout)
        {
            throw new FuzzFinding($"hang: {diagnostic.Message}");
        }

        if (diagnostic.Kind == DiagnosticKind.LimitExceeded && diagnostic.Message.StartsWith("needs more memory", StringComparison.Ordinal))
        {
            throw new FuzzFinding($"resource exhaustion: {diagnostic.Message}");
        }

        if (diagnostic.ToString().Contains('\n', StringComparison.Ordinal))
        {
            throw new FuzzFinding("a diagnostic spans several lines");
        }

        if (diagnostic.Detail is not { } detail)
        {
            return;
        }

        if (detail.StartsWith("System.OutOfMemoryException", StringComparison.Ordinal)
            || detail.StartsWith("System.InsufficientExecutionStackException", StringComparison.Ordinal))
        {
            throw new FuzzFinding($"resource exhaustion: {detail.Split('\n')[0]}");
        }

        var topFrame = detail.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal))?.Trim();
        if (topFrame is not null && topFrame.StartsWith("at NoteMiner.", StringComparison.Ordinal))
        {
            throw new FuzzFinding($"NoteMiner's own code threw on bad input: {detail.Split('\n')[0]} {topFrame}");
        }
    }

    private string ImagePath(ReadOnlySpan<byte> input)
    {
        var extension = FormatSniffer.FromContent(input[..Math.Min(input.Length, 1024)]) switch
        {
            DocumentKind.Jpeg => ".jpg",
            DocumentKind.Tiff => ".tif",
            _ => ".png",
        };
        return Path.ChangeExtension(_path, extension);
    }
}
