using System.Diagnostics;

namespace NoteMiner.Cli.Tests.Batch;

/// <summary>Runs the built CLI (beside the tests) in a new process, as a user or a script would.</summary>
internal static class CliProcess
{
    public static (int Exit, string Stdout, string Stderr) Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "noteminer.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Wait(start);
    }

    /// <summary>Runs the CLI under <c>script</c>, which gives it a pseudo-terminal; null when <c>script</c> is absent.</summary>
    public static (int Exit, string Output)? RunOnTerminal(string workingDirectory, params string[] arguments)
    {
        if (!File.Exists("/usr/bin/script"))
        {
            return null;
        }

        var command = string.Join(" ", new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "noteminer.dll") }.Concat(arguments).Select(Quote));
        var start = new ProcessStartInfo("/usr/bin/script")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.Environment["TERM"] = "xterm-256color";
        foreach (var argument in new[] { "-qec", command, "/dev/null" })
        {
            start.ArgumentList.Add(argument);
        }

        var (exit, stdout, _) = Wait(start);
        return (exit, stdout);
    }

    private static (int, string, string) Wait(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the CLI did not finish");
        }

        return (process.ExitCode, stdout, stderr.Result);
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
