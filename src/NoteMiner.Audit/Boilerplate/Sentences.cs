using System.Text.RegularExpressions;

namespace NoteMiner.Audit.Boilerplate;

/// <summary>Splits a passage into sentences at a full stop, question or exclamation mark before a capital or digit.</summary>
internal static partial class Sentences
{
    public static IReadOnlyList<string> Split(string text) =>
        Boundary().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9""\u201C(])", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}
