namespace NoteMiner.Cli;

/// <summary>Prints diagnostics on stderr, one line each, with technical detail only when verbose.</summary>
internal static class Diagnostics
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, bool verbose)
    {
        foreach (var diagnostic in diagnostics)
        {
            Console.Error.WriteLine(diagnostic.ToString());
            if (verbose && diagnostic.Detail is { } detail)
            {
                Console.Error.WriteLine(detail);
            }
        }
    }
}
