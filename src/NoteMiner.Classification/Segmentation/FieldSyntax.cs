using System.Text.RegularExpressions;

namespace NoteMiner.Classifier.Segmentation;

/// <summary>
/// Recognises <c>Label: value</c>. The label is at most six words, starts with a letter or digit (OCR turns
/// "I" into "1"), and is not a clock time or a URL scheme; the value may be empty ("Goals:").
/// </summary>
internal static partial class FieldSyntax
{
    private const int MaxLabelWords = 6;

    public static bool TryParse(string text, out string label, out string value)
    {
        label = "";
        value = "";
        var match = Field().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var candidate = match.Groups["label"].Value.Trim();
        var rest = match.Groups["value"].Value.Trim();
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxLabelWords || candidate.Count(char.IsLetter) < 2 || rest.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        // "at 10:30" or "ratio 2:1" is not a field.
        if (char.IsDigit(candidate[^1]) && rest.Length > 0 && char.IsDigit(rest[0]))
        {
            return false;
        }

        label = candidate;
        value = rest;
        return true;
    }

    [GeneratedRegex(@"^(?<label>[\p{L}\p{N}][^:|]{0,58}?)\s*:(?<value>.*)$")]
    private static partial Regex Field();
}
