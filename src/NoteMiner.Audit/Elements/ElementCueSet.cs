using System.Text.RegularExpressions;

namespace NoteMiner.Audit.Elements;

/// <summary>
/// What the rules know about one element beyond the classifier.
/// <see cref="Keywords"/>: high-precision cues that make a passage a candidate whatever its label ("PHQ-9").
/// <see cref="FieldLabels"/>: field labels that name the element ("Caregiver:").
/// <see cref="Detail"/>: element-specific content that raises specificity, described by <see cref="DetailReason"/>.
/// <see cref="Weak"/>: generic phrasings; <see cref="VagueReason"/>: why a passage with none of the above is weak.
/// <see cref="RequiresDetail"/>: without <see cref="Detail"/> the passage is weak however many numbers it has
/// (a medication list's doses are not a medication review).
/// </summary>
internal sealed record ElementCueSet(
    ElementLabel Element,
    Regex? Keywords,
    Regex? FieldLabels,
    Regex? Detail,
    string DetailReason,
    IReadOnlyList<WeakCue> Weak,
    string VagueReason = "only generic text",
    bool RequiresDetail = false);
