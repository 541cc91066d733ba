using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace NoteMiner.Extraction.Tests.Pdf;

/// <summary>Runs poppler's <c>pdftotext</c> as a reference extractor.</summary>
internal static partial class PdfToText
{
    public static bool IsInstalled { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => File.Exists(Path.Combine(dir, "pdftotext")));

    /// <summary>The words of the plain text output (whitespace-separated).</summary>
    public static IReadOnlyList<string> TextWords(string pdf) =>
        Run("-q", pdf, "-").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Poppler's own word list (<c>-bbox</c>), before its text output re-spaces them.</summary>
    public static IReadOnlyList<string> BoxWords(string pdf) =>
        WordElement().Matches(Run("-q", "-bbox", pdf, "-")).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private static string Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    [GeneratedRegex("<word [^>]*>(.*?)</word>")]
    private static partial Regex WordElement();
}
