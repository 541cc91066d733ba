using System.Diagnostics;

namespace NoteMiner.Fuzz;

/// <summary>
/// The fallback where afl-fuzz is not installed: seeded, coverage-blind mutation (bit flips, byte sets, chunk
/// deletion, duplication and splicing between seeds, truncation, interesting integers) for a bounded time.
/// Before each execution the input is written to <c>current</c> in the output folder, so an input that kills the
/// process (stack overflow, native fault) survives for fuzz.sh to file as a crash.
/// </summary>
internal sealed class MutationFuzzer(FuzzTarget target, IReadOnlyList<byte[]> seeds, string output, int seed)
{
    private static readonly int[] Interesting = [0, 1, -1, 127, 128, 255, 256, 32767, 65535, int.MaxValue, int.MinValue];

    private readonly Random _random = new(seed);

    /// <summary>Runs until <paramref name="budget"/> is spent; returns executions and findings.</summary>
    public (long Executions, int Findings) Run(TimeSpan budget)
    {
        Directory.CreateDirectory(Path.Combine(output, "crashes"));
        var current = Path.Combine(output, "current");
        var clock = Stopwatch.StartNew();
        long executions = 0;
        var findings = 0;
        while (clock.Elapsed < budget)
        {
            var input = Mutate(seeds[_random.Next(seeds.Count)]);
            File.WriteAllBytes(current, input);
            executions++;
            try
            {
                target.Run(input);
            }
            catch (FuzzFinding finding)
            {
                findings++;
                var name = $"{target.Name}-{executions:D7}";
                File.WriteAllBytes(Path.Combine(output, "crashes", name), input);
                Console.Error.WriteLine($"fuzz: {target.Name}: finding {name}: {finding.Message}");
            }
        }

        File.Delete(current);
        return (executions, findings);
    }

    private byte[] Mutate(byte[] seed)
    {
        var bytes = new List<byte>(seed);
        var rounds = 1 + _random.Next(8);
        for (var i = 0; i < rounds && bytes.Count > 0; i++)
        {
            var at = _random.Next(bytes.Count);
            switch (_random.Next(7))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    bytes[at] = (byte)_random.Next(256);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + _random.Next(64)));
                    break;
                case 3:
                    var length = Math.Min(bytes.Count - at, 1 + _random.Next(256));
                    bytes.InsertRange(_random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4:
                    var other = seeds[_random.Next(seeds.Count)];
                    var from = _random.Next(other.Length);
                    bytes.InsertRange(at, other.Skip(from).Take(1 + _random.Next(512)));
                    break;
                case 5:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    var value = Interesting[_random.Next(Interesting.Length)].ToString(System.Globalization.CultureInfo.InvariantCulture);
                    bytes.InsertRange(at, System.Text.Encoding.ASCII.GetBytes(value));
                    break;
            }
        }

        return [.. bytes];
    }
}
