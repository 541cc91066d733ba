using System.Text.RegularExpressions;
using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Elements;

/// <summary>
/// Backs the classifier's negated flag: blank fields, bare "N/A"/"none", and "not assessed/performed, deferred"
/// with nothing specific beside them are negated; an absence with a reason is evidence even when the
/// classifier flagged it ("Caregiver: none — lives alone, independent in all ADLs").
/// </summary>
internal static class NegationDetector
{
    private static readonly Regex NotApplicable = Cue.Of(
        @"^\W*(?<phrase>n/?a|none(?: (?:identified|noted|reported|found|known))?|nil|unknown|not applicable|not available)\W*$");

    // "Advance directive: not on file" records that the file was checked: vague, but not a blank field.
    private static readonly Regex CheckedAbsence = Cue.Of(@"^\W*(?:not|none|no(?: \w+){0,3}) on file\W*$");

    private static readonly Regex Absence = Cue.Of(@"^\W*(?:no|none|denies|n/?a|not applicable|no known)\b");

    private static readonly Regex NotDone = Cue.Of(
        @"\b(?:not (?:assessed|performed|done|completed|screened|evaluated|addressed|obtained|documented|discussed|reviewed|tested)|deferred|unable to (?:assess|complete|obtain|perform)|to be (?:completed|assessed|done|determined|obtained)|pending|(?-i:TBD)|declined (?:to (?:complete|answer|participate)|screening|assessment|evaluation))\b");

    private const int MinReasonWords = 4;

    public static Negation Detect(Passage passage, bool classifierNegated, double specificThreshold)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var parts = FieldParts.Of(passage);
        if (parts.IsField && parts.Value.Trim().Trim(Words.Punctuation).Trim('_', ' ').Length == 0)
        {
            return new Negation(true, NegationKind.Blank, false, null);
        }

        if (NotApplicable.Match(parts.Value) is { Success: true } notApplicable)
        {
            return new Negation(true, NegationKind.NotApplicable, false, notApplicable.Groups["phrase"].Value.ToLowerInvariant());
        }

        if (parts.IsField && CheckedAbsence.IsMatch(parts.Value))
        {
            return Negation.None;
        }

        if (IsReasonedNegative(parts.Value))
        {
            return new Negation(false, NegationKind.None, true, null);
        }

        var notDone = NotDone.Match(passage.Text);
        if (notDone.Success && !RestIsSpecific(passage.Text, specificThreshold))
        {
            return new Negation(true, NegationKind.NotDone, false, notDone.Value.ToLowerInvariant());
        }

        return classifierNegated ? new Negation(true, NegationKind.Classifier, false, null) : Negation.None;
    }

    private static bool IsReasonedNegative(string value)
    {
        var absence = Absence.Match(value);
        if (!absence.Success)
        {
            return false;
        }

        var rest = value[(absence.Index + absence.Length)..];
        return Words.ContentCount(rest) >= MinReasonWords && !NotDone.IsMatch(rest) && !NotApplicable.IsMatch(rest);
    }

    // "Mini-Cog 4/5; MoCA deferred" still documents a cognitive screen; a long passage with a "pending" aside is
    // left to the classifier.
    private static bool RestIsSpecific(string text, double specificThreshold)
    {
        var rest = string.Join(" ", Words.Clauses(text).Where(c => !NotDone.IsMatch(c)));
        return rest.Length > 0
            && (Words.ContentCount(rest) >= MinRestWords || SpecificityScorer.Score(rest).Score >= specificThreshold);
    }

    private const int MinRestWords = 6;
}
