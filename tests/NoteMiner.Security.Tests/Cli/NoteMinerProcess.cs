using System.Diagnostics;
using System.Globalization;
using NoteMiner.Testing;

namespace NoteMiner.Security.Tests.Cli;

/// <summary>
/// Runs the real CLI (<c>dotnet noteminer.dll …</c>) as a child process, so exit codes, stderr and memory are those a
/// user sees. The kill timeout is a safety net against a hang, not a performance assertion.
/// </summary>
internal static class NoteMinerProcess
{
    /// <summary>Generous: the slowest run here (OCR of a scanned page, twice) takes well under a minute.</summary>
    public static readonly TimeSpan KillAfter = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether a file with no permissions can be made unreadable to the child. Root reads anything (CAP_DAC_OVERRIDE),
    /// so as root the child runs under <c>setpriv</c> with the capabilities that bypass file permissions dropped.
    /// </summary>
    public static bool CanEnforcePermissions { get; } = Environment.UserName != "root" || File.Exists(SetPriv);

    private const string SetPriv = "/usr/bin/setpriv";

    /// <summary>The CLI built beside this test assembly (the project reference builds it first).</summary>
    public static string Dll { get; } = FindDll();

    public static CliRun Run(params string[] args) => Run(new Dictionary<string, string>(), args);

    /// <summary>Runs with extra environment variables (e.g. a smaller heap limit).</summary>
    public static CliRun Run(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo
        {
            FileName = Environment.UserName == "root" && File.Exists(SetPriv) ? SetPriv : "dotnet",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        if (start.FileName == SetPriv)
        {
            start.ArgumentList.Add("--bounding-set=-dac_override,-dac_read_search");
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(100))
        {
            peak = Math.Max(peak, HighWaterMark(process.Id));
            if (clock.Elapsed > KillAfter)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"noteminer {string.Join(' ', args)} did not finish within {KillAfter.TotalMinutes:0} minutes");
            }
        }

        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result, peak, clock.Elapsed);
    }

    /// <summary>VmHWM of a live process: the peak resident set size so far, which only grows.</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process ended between two polls.
        }

        return 0;
    }

    private static string FindDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "noteminer.dll");
        return File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "noteminer.runtimeconfig.json"))
            ? beside
            : throw new FileNotFoundException("noteminer.dll is not beside the tests; build the solution first", beside);
    }
}
