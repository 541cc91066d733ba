using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// The baseline of <c>bench ocr</c>: the <c>tesseract</c> command, one process per file, one after the other,
/// with OpenMP limited to one thread — how a script would OCR a folder without NoteMiner.
/// </summary>
internal static partial class BenchTesseractCli
{
    /// <summary>The measured run, or null when the tesseract command is not installed.</summary>
    public static BenchRun? Run(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var processorBefore = ChildProcessorTime();
        var pages = 0;
        var characters = 0;
        var diagnostics = new List<Diagnostic>();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = new ProcessStartInfo("tesseract")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("stdout");
            start.Environment["OMP_THREAD_LIMIT"] = "1";
            string text;
            try
            {
                using var process = Process.Start(start)!;
                var error = process.StandardError.ReadToEndAsync(cancellationToken);
                text = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                _ = error.Result;
                if (process.ExitCode != 0)
                {
                    diagnostics.Add(new Diagnostic(file, DiagnosticKind.OcrFailed, $"tesseract exited with {process.ExitCode}"));
                    continue;
                }
            }
            catch (Win32Exception)
            {
                return null;
            }

            // tesseract ends every page of its text output with a form feed.
            pages += Math.Max(1, text.Count(c => c == '\f'));
            characters += text.Split('\n').Sum(line => Whitespace().Replace(line, " ").Trim().Length);
        }

        clock.Stop();
        return new BenchRun(pages, characters, clock.Elapsed, ChildProcessorTime() - processorBefore, diagnostics);
    }

    /// <summary>
    /// User plus system time of the waited-for child processes, from <c>/proc/self/stat</c> (fields 16 and 17, in
    /// clock ticks of 1/100 s on Linux); zero where there is no such file.
    /// </summary>
    private static TimeSpan ChildProcessorTime()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis are plain.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return TimeSpan.Zero;
        }
    }

    [GeneratedRegex(@"[\s\f]+")]
    private static partial Regex Whitespace();
}
