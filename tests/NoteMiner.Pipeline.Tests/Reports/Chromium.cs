using System.Diagnostics;

namespace NoteMiner.Pipeline.Tests.Reports;

/// <summary>Headless Chromium (Debian's <c>chromium</c>) for rendering reports; tests skip when it is absent.</summary>
internal static class Chromium
{
    public static string? Executable { get; } = Find();

    /// <summary>Runs Chromium on <paramref name="html"/> with extra arguments; returns stdout.</summary>
    public static string Run(string html, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("noteminer-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("chromium is absent"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}"])
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(new Uri(html).AbsoluteUri);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish");
            }

            _ = stderr.Result;
            return stdout;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string? Find()
    {
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                var candidate = Path.Combine(folder, name);
                if (folder.Length > 0 && File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}

/// <summary>A fact that runs only where headless Chromium is installed.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = "chromium is not installed (apt-get install chromium)";
        }
    }
}
