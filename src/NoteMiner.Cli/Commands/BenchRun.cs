namespace NoteMiner.Cli.Commands;

/// <summary>
/// One measured OCR run of a benchmark: what was read, the wall time, and the processor time it used (which
/// other load on the machine does not inflate).
/// </summary>
internal sealed record BenchRun(int Pages, int Characters, TimeSpan Elapsed, TimeSpan ProcessorTime, IReadOnlyList<Diagnostic> Diagnostics)
{
    public double PagesPerSecond => Elapsed.TotalSeconds > 0 ? Pages / Elapsed.TotalSeconds : 0;
}
