using NoteMiner.Pipeline;

namespace NoteMiner.Cli.Batch;

/// <summary>
/// Creates the document analyzer on first use, so commands that do not audit never load the model, with the
/// extraction options (the limits of SECURITY.md) the command line asked for. The application registers the real
/// pipeline; tests register their own.
/// </summary>
internal sealed class AnalyzerProvider
{
    private readonly Lazy<IDocumentAnalyzer> analyzer;
    private ExtractionOptions options = ExtractionOptions.Default;

    /// <summary>An analyzer that does not depend on the extraction options (tests).</summary>
    public AnalyzerProvider(Func<IDocumentAnalyzer> create)
        : this(_ => create())
    {
    }

    /// <summary>An analyzer built with <see cref="Options"/> on first use.</summary>
    public AnalyzerProvider(Func<ExtractionOptions, IDocumentAnalyzer> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        analyzer = new(() => create(options), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The extraction options the analyzer is built with; set before its first use.</summary>
    public ExtractionOptions Options
    {
        get => options;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            options = analyzer.IsValueCreated
                ? throw new InvalidOperationException("The analyzer is already built; set its options before first use.")
                : value;
        }
    }

    public IDocumentAnalyzer Analyzer => analyzer.Value;
}
