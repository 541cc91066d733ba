using System.Text.RegularExpressions;

namespace NoteMiner.Audit.Language;

/// <summary>The label and value of a <c>Label: value</c> passage, from segmentation or the text itself.</summary>
internal readonly record struct FieldParts(string? Label, string Value)
{
    private static readonly Regex Field = Cue.Of(@"^\s*(?<label>[A-Za-z][A-Za-z0-9 /&'()+\-]{0,40}?)\s*:\s*(?<value>.*)$");

    public bool IsField => Label is not null;

    public static FieldParts Of(Passage passage)
    {
        if (passage.FieldLabel is { } label)
        {
            return new(label, passage.FieldValue ?? "");
        }

        var match = Field.Match(passage.Text);
        return match.Success && !LooksLikeTime(match.Groups["label"].Value)
            ? new(match.Groups["label"].Value, match.Groups["value"].Value)
            : new(null, passage.Text);
    }

    // "10:30 call with daughter" is a time, not a field.
    private static bool LooksLikeTime(string label) => label.Length > 0 && char.IsDigit(label[^1]);
}
