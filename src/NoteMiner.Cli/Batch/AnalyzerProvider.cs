using NoteMiner.Pipeline;

namespace NoteMiner.Cli.Batch;

/// <summary>
/// Creates the document analyzer on first use, so commands that do not audit never load the model.
/// The application registers the real pipeline; tests register their own.
/// </summary>
internal sealed class AnalyzerProvider(Func<IDocumentAnalyzer> create)
{
    private readonly Lazy<IDocumentAnalyzer> analyzer = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    public IDocumentAnalyzer Analyzer => analyzer.Value;
}
