namespace NoteMiner.Cli;

/// <summary>
/// Spellings of CONTRACT.md that Spectre.Console.Cli cannot declare: <c>sample --n N</c> (a long option must have two
/// or more letters) becomes <c>-n N</c>, and a lone <c>-</c> as an option's value (<c>classify --jsonl -</c>, read
/// stdin), which Spectre takes for an option without a name, becomes <c>--jsonl=-</c>. Only options before a
/// <c>--</c> separator are touched.
/// </summary>
internal static class ArgumentAliases
{
    public static string[] Apply(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = new List<string>(args.Length + 1);
        var options = true;
        foreach (var arg in args)
        {
            if (arg == "--")
            {
                options = false;
            }

            if (options && arg == "-" && result.Count > 0 && result[^1].StartsWith("--", StringComparison.Ordinal) &&
                result[^1].Length > 2 && !result[^1].Contains('=', StringComparison.Ordinal))
            {
                result[^1] += "=-";
            }
            else if (options && arg == "--n")
            {
                result.Add("-n");
            }
            else if (options && arg.StartsWith("--n=", StringComparison.Ordinal))
            {
                result.Add("-n");
                result.Add(arg["--n=".Length..]);
            }
            else
            {
                result.Add(arg);
            }
        }

        return [.. result];
    }
}
