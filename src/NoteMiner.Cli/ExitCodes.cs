namespace NoteMiner.Cli;

/// <summary>The exit codes of CONTRACT.md.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Finished, but some inputs could not be read, or the chart does not support the appeal.</summary>
    public const int Incomplete = 1;

    public const int Usage = 2;

    public const int Environment = 3;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT); a batch's finished documents are kept in its cache.</summary>
    public const int Interrupted = 130;
}
