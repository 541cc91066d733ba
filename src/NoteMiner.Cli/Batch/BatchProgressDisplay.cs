using NoteMiner.Pipeline.Batch;
using Spectre.Console;

namespace NoteMiner.Cli.Batch;

/// <summary>
/// A progress bar on stderr while a batch runs, only when stderr is an interactive terminal: redirected or piped
/// output, CI logs and dumb terminals get nothing. Shows counts only, never file names (they may name patients).
/// </summary>
internal static class BatchProgressDisplay
{
    /// <summary>Whether to draw: stderr is not redirected and the terminal is interactive.</summary>
    public static bool ShouldShow(bool errorRedirected, bool interactive) => !errorRedirected && interactive;

    /// <summary>Runs <paramref name="work"/>, handing it a progress sink when a bar is shown and null otherwise.</summary>
    public static T Run<T>(string verb, Func<IProgress<BatchProgress>?, T> work)
    {
        if (Console.IsErrorRedirected)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Interactive = InteractionSupport.Detect,
            Ansi = AnsiSupport.Detect,
        });
        if (!ShouldShow(Console.IsErrorRedirected, console.Profile.Capabilities.Interactive && console.Profile.Capabilities.Ansi))
        {
            return work(null);
        }

        T result = default!;
        console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(verb, maxValue: 1);
                result = work(new Sink(task, verb));
            });
        return result;
    }

    private sealed class Sink(ProgressTask task, string verb) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Completed;
            var cached = value.FromCache > 0 ? $", {value.FromCache} cached" : "";
            var failed = value.Failed > 0 ? $", {value.Failed} unreadable" : "";
            task.Description = $"{verb} {value.Completed}/{value.Total} documents{cached}{failed}";
        }
    }
}
