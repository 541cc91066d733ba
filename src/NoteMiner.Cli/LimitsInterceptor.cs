using NoteMiner.Cli.Batch;
using NoteMiner.Cli.Commands;
using Spectre.Console.Cli;

namespace NoteMiner.Cli;

/// <summary>
/// Hands every command's limit options (<see cref="CommonSettings"/>) to the pipeline before the command runs, so
/// <c>audit</c>, <c>sample</c> and <c>appeal</c> read charts under the same limits as <c>extract</c>; a limit that is
/// not a positive number stops the run (exit 2) before anything is read.
/// </summary>
internal sealed class LimitsInterceptor(AnalyzerProvider analyzers) : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        if (settings is CommonSettings common)
        {
            analyzers.Options = common.ExtractionOptions();
        }
    }
}
