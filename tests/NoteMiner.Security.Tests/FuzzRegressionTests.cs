using System.Diagnostics;
using NoteMiner.Testing;

namespace NoteMiner.Security.Tests;

/// <summary>
/// Every input the fuzzer ever found (<c>FuzzRegressions/TARGET/</c>) replayed through the fuzz harness, whose
/// definition of a finding (a throw, a hang, exhaustion, NoteMiner's own code failing, a process crash) is the
/// one the fuzzer used.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "NoteMiner.Security.Tests", "FuzzRegressions");

    public static TheoryData<string, string> Findings()
    {
        var data = new TheoryData<string, string>();
        foreach (var target in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(target).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(target), Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public async Task Should_ReadTheInputWithoutAFinding_When_AFormerFuzzFindingIsReplayed(string target, string file)
    {
        var start = new ProcessStartInfo("dotnet", [Harness(), target, "--replay", Path.Combine(Folder, target, file)])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var killAfter = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(killAfter.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{target}/{file}: the harness did not finish within 2 minutes");
        }

        var errors = await stderr;
        Assert.True(process.ExitCode == 0, $"{target}/{file}: exit {process.ExitCode}\n{errors[..Math.Min(errors.Length, 2000)]}");
    }

    private static string Harness()
    {
        // tests/NoteMiner.Security.Tests/bin/<Configuration>/net10.0/ → the same configuration of the harness.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var dll = Path.Combine(RepoPaths.Root, "tests", "NoteMiner.Fuzz", "bin", configuration, "net10.0", "NoteMiner.Fuzz.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("the fuzz harness is not built", dll);
    }
}
