using System.Text.RegularExpressions;

namespace NoteMiner.Audit.Language;

/// <summary>Builds the case-insensitive, culture-invariant patterns the rules match chart text with.</summary>
internal static class Cue
{
    /// <summary>Compiled once per process: the tables are static and matched against every passage.</summary>
    public static Regex Of(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Whole words or phrases, any of them: <c>\b(?:a|b c)\b</c>.</summary>
    public static Regex Words(params string[] alternatives) => Of(@"\b(?:" + string.Join('|', alternatives) + @")\b");

    public static bool Has(this Regex? cue, string? text) => cue is not null && text is not null && cue.IsMatch(text);
}
