using System.ComponentModel;
using System.Diagnostics;
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
        return new BenchRun(pages, characters, clock.Elapsed, diagnostics);
    }

    [GeneratedRegex(@"[\s\f]+")]
    private static partial Regex Whitespace();
}
