namespace NoteMiner.Cli.Commands;

/// <summary>One measured OCR run of a benchmark: what was read and how long it took.</summary>
internal sealed record BenchRun(int Pages, int Characters, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Diagnostics)
{
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Pages / Elapsed.TotalSeconds : 0;
}
