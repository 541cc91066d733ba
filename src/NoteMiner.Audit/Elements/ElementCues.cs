using System.Text.RegularExpressions;
using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Elements;

/// <summary>
/// The cue table behind the element rule, from DESIGN.md's taxonomy: keyword backing for the classifier,
/// element-specific detail, and the generic phrasings that are not evidence. One file per group of elements.
/// </summary>
internal static partial class ElementCues
{
    // Built in one expression so initialisation never depends on field order across the partial files.
    private static readonly Dictionary<ElementLabel, ElementCueSet> Sets =
        PlanCues().Concat(AssessmentCues()).Concat(ProcessCues()).ToDictionary(s => s.Element);

    public static ElementCueSet For(ElementLabel element) =>
        Sets.TryGetValue(element, out var set)
            ? set
            : throw new ArgumentOutOfRangeException(nameof(element), element, "Not a checklist element.");

    private static Regex Field(string alternatives) => Cue.Of(@"^\s*(?:" + alternatives + @")\b");

    private static WeakCue Weak(string pattern, string reason, bool veto = false) => new(Cue.Of(pattern), reason, veto);
}
