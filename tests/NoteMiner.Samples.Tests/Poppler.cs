using System.Diagnostics;

namespace NoteMiner.Samples.Tests;

/// <summary>Runs poppler-utils, the reference PDF tools the samples are checked against.</summary>
internal static class Poppler
{
    public static bool IsInstalled { get; } = OnPath("pdftotext") && OnPath("pdftoppm");

    /// <summary>The text <c>pdftotext -layout</c> reads from <paramref name="pdf"/>, pages separated by form feeds.</summary>
    public static string Text(string pdf) => Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, tool)));
}
