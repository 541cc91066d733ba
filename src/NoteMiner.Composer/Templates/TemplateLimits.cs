namespace NoteMiner.Composer.Templates;

/// <summary>Bounds on what a template may do while rendering; a template over a bound fails with its line.</summary>
public sealed record TemplateLimits
{
    public static TemplateLimits Default { get; } = new();

    /// <summary>Most loop iterations in one render (all loops together).</summary>
    public int LoopLimit { get; init; } = 10_000;

    /// <summary>Deepest function recursion.</summary>
    public int RecursiveLimit { get; init; } = 20;

    /// <summary>Most characters a letter (and any one string) may have.</summary>
    public int OutputLimit { get; init; } = 1_000_000;

    /// <summary>Longest a regular expression in a template may run.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);
}
