using NoteMiner.Composer.Citations;

namespace NoteMiner.Composer;

/// <summary>
/// The outcome of composing an appeal: the letter (null when refused), the gaps — what the denial turns on that
/// the chart does not support, with what would need to be found — and the quotes dropped because they did not
/// verify. A forced letter comes with its gaps.
/// </summary>
public sealed record AppealResult(AppealLetter? Letter, IReadOnlyList<AppealGap> Gaps, IReadOnlyList<DroppedCitation> Dropped)
{
    /// <summary>True when the chart supports every element and revision the denial turns on.</summary>
    public bool Supported => Gaps.Count == 0;

    /// <summary>True when no letter was written because of gaps.</summary>
    public bool Refused => Letter is null;
}
