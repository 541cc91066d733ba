using System.Globalization;
using NoteMiner.Fuzz;
using SharpFuzz;

// NoteMiner.Fuzz TARGET                          under afl-fuzz (SharpFuzz): one input per execution on stdin
// NoteMiner.Fuzz TARGET --seeds DIR              writes the target's seed files
// NoteMiner.Fuzz TARGET --mutate SECONDS OUT DIR [SEED]  the fallback mutation fuzzer over the seed files in DIR
// NoteMiner.Fuzz TARGET --replay FILE…           runs inputs once each; exit 1 if any is a finding
string[] targets = ["pdf", "docx", "docx-xml", "image", "text"];
if (args.Length == 0 || !targets.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: NoteMiner.Fuzz {{{string.Join('|', targets)}}} [--seeds DIR | --mutate SECONDS OUT DIR [SEED] | --replay FILE…]");
    return 2;
}

if (args.Length == 1)
{
    // Instrumented code may run only once afl-fuzz's shared memory is attached, so the target (whose static
    // initialisers reach NoteMiner.Core) is created inside the first execution, not before Fuzzer.Run.
    FuzzTarget? aflTarget = null;
    Fuzzer.Run(stream =>
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        aflTarget ??= FuzzTarget.Create(args[0]);
        aflTarget.Run(memory.GetBuffer().AsSpan(0, (int)memory.Length));
    });
    return 0;
}

using var target = FuzzTarget.Create(args[0]);
switch (args[1])
{

    case "--seeds":
        Seeds.Write(target.Name, args[2]);
        return 0;

    case "--mutate":
        var seconds = double.Parse(args[2], CultureInfo.InvariantCulture);
        var seeds = Directory.GetFiles(args[4]).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var rngSeed = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 1;
        var (executions, findings) = new MutationFuzzer(target, seeds, args[3], rngSeed).Run(TimeSpan.FromSeconds(seconds));
        Console.WriteLine($"fuzz: {target.Name}: {executions} executions in {seconds:0} s, {findings} findings");
        return findings == 0 ? 0 : 1;

    case "--replay":
        var failed = 0;
        foreach (var file in args.Skip(2))
        {
            try
            {
                target.Run(File.ReadAllBytes(file));
            }
            catch (FuzzFinding finding)
            {
                failed++;
                Console.Error.WriteLine($"fuzz: {file}: {finding.Message}");
            }
        }

        return failed == 0 ? 0 : 1;

    default:
        Console.Error.WriteLine($"fuzz: unknown option {args[1]}");
        return 2;
}
