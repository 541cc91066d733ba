using System.Globalization;
using System.Security.Cryptography;

namespace NoteMiner.Extraction;

/// <summary>
/// Reads any supported file: checks size and magic bytes, hands it to the extractor for its format, bounds it
/// in time, and turns every failure of a bad document into a diagnostic. Stateless and thread-safe.
/// </summary>
public sealed class DocumentReader
{
    private readonly Dictionary<DocumentKind, IDocumentExtractor> _extractors = [];

    public DocumentReader(IEnumerable<IDocumentExtractor> extractors)
    {
        ArgumentNullException.ThrowIfNull(extractors);
        foreach (var extractor in extractors)
        {
            foreach (var kind in extractor.Kinds)
            {
                _extractors[kind] = extractor;
            }
        }
    }

    /// <summary>Reads one file. Never throws for a bad document; throws <see cref="ExtractionEnvironmentException"/>.</summary>
    public ExtractedDocument Read(string path, ExtractionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var kind = FormatSniffer.FromExtension(path);
        if (Precheck(path, kind, options.Limits) is { } problem)
        {
            return ExtractedDocument.Failed(path, kind, problem);
        }

        if (!_extractors.TryGetValue(kind, out var extractor))
        {
            return ExtractedDocument.Failed(path, kind, new Diagnostic(path, DiagnosticKind.Unsupported, $"no reader for {kind} files"));
        }

        string hash;
        try
        {
            hash = HashFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ExtractedDocument.Failed(path, kind, new Diagnostic(path, DiagnosticKind.Unreadable, "cannot be read (permission denied or I/O error)"));
        }

        return RunBounded(path, kind, extractor, options, cancellationToken) with { ContentHash = hash };
    }

    private static ExtractedDocument RunBounded(
        string path, DocumentKind kind, IDocumentExtractor extractor, ExtractionOptions options, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Limits.TimePerDocument);
        var work = Task.Run(() => extractor.Extract(path, options, timeout.Token), CancellationToken.None);
        try
        {
            // Third-party parsers cannot all be cancelled; past the budget the task is abandoned, not awaited.
            if (!work.Wait(options.Limits.TimePerDocument + TimeSpan.FromSeconds(5), cancellationToken))
            {
                timeout.Cancel();
                return TimedOut(path, kind, options);
            }

            return work.Result;
        }
        catch (AggregateException e) when (e.InnerException is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return TimedOut(path, kind, options);
        }
        catch (AggregateException e) when (e.InnerException is ExtractionEnvironmentException environment)
        {
            throw environment;
        }
        catch (AggregateException e) when (e.InnerException is OutOfMemoryException)
        {
            // The heap limit (SECURITY.md) stopped a document that no other limit caught; its garbage is collectable.
            return ExtractedDocument.Failed(path, kind, new Diagnostic(
                path, DiagnosticKind.LimitExceeded, "needs more memory than the heap limit allows; not read"));
        }
        catch (AggregateException e) when (e.InnerException is not OperationCanceledException)
        {
            var inner = e.InnerException ?? e;
            return ExtractedDocument.Failed(path, kind, new Diagnostic(
                path, DiagnosticKind.Corrupt, $"corrupt or unreadable {Describe(kind)} ({inner.GetType().Name})")
            {
                Detail = DiagnosticDetail.Of(inner),
            });
        }
    }

    private static ExtractedDocument TimedOut(string path, DocumentKind kind, ExtractionOptions options) =>
        ExtractedDocument.Failed(path, kind, new Diagnostic(
            path, DiagnosticKind.Timeout, string.Create(CultureInfo.InvariantCulture, $"not read within the time limit of {options.Limits.TimePerDocument.TotalSeconds:0.###} s")));

    private static Diagnostic? Precheck(string path, DocumentKind kind, ExtractionLimits limits)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                return Directory.Exists(path)
                    ? new Diagnostic(path, DiagnosticKind.Unsupported, "is a folder")
                    : new Diagnostic(path, DiagnosticKind.Unreadable, "no such file");
            }

            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
            {
                return new Diagnostic(path, DiagnosticKind.Unreadable, "symbolic link to a missing file");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new Diagnostic(path, DiagnosticKind.Unreadable, "cannot be opened");
        }

        if (kind == DocumentKind.Unknown)
        {
            var extension = Path.GetExtension(path);
            return new Diagnostic(path, DiagnosticKind.Unsupported,
                extension.Length == 0 ? "unsupported file type (no extension)" : $"unsupported file type '{extension}'");
        }

        if (info.Length == 0)
        {
            return new Diagnostic(path, DiagnosticKind.Empty, "empty file (0 bytes)");
        }

        if (info.Length > limits.MaxFileBytes)
        {
            return new Diagnostic(path, DiagnosticKind.LimitExceeded,
                $"file of {info.Length:N0} bytes exceeds the limit of {limits.MaxFileBytes:N0}");
        }

        Span<byte> head = stackalloc byte[1024];
        int read;
        try
        {
            using var stream = File.OpenRead(path);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Diagnostic(path, DiagnosticKind.Unreadable, "cannot be read (permission denied or I/O error)");
        }

        if (kind == DocumentKind.Docx && FormatSniffer.IsOleCompoundFile(head[..read]))
        {
            return new Diagnostic(path, DiagnosticKind.Encrypted, "encrypted or legacy Word document (OLE compound file) not read");
        }

        if (!FormatSniffer.Matches(kind, head[..read]))
        {
            var actual = FormatSniffer.FromContent(head[..read]);
            return new Diagnostic(path, DiagnosticKind.FormatMismatch, actual == DocumentKind.Unknown
                ? $"named {Path.GetExtension(path)} but its content is not {Describe(kind)}"
                : $"named {Path.GetExtension(path)} but its content is {Describe(actual)}");
        }

        return null;
    }

    private static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    internal static string Describe(DocumentKind kind) => kind switch
    {
        DocumentKind.Pdf => "a PDF",
        DocumentKind.Docx => "a Word document",
        DocumentKind.Text => "text",
        DocumentKind.Markdown => "Markdown",
        DocumentKind.Png => "a PNG image",
        DocumentKind.Jpeg => "a JPEG image",
        DocumentKind.Tiff => "a TIFF image",
        _ => "a known format",
    };
}
