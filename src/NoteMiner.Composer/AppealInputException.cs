namespace NoteMiner.Composer;

/// <summary>
/// The claim, the denial code, a user template or the output path cannot be used. The message names the file
/// and what is wrong (never chart or patient text); the CLI reports it as a usage error (exit code 2).
/// </summary>
public sealed class AppealInputException(string file, string problem) : Exception($"{file}: {problem}")
{
    /// <summary>The file or option at fault (claim, template, output path, <c>--code</c>).</summary>
    public string File { get; } = file;

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; } = problem;
}
