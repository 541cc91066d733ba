using System.Text.RegularExpressions;

namespace NoteMiner.Classifier.Negation;

/// <summary>
/// NegEx-style rules for passages that never count as evidence: a field left blank or filled with a
/// placeholder ("Caregiver: N/A", "PHQ-9: deferred", "Goal: ____"), an empty table row, an unticked checkbox
/// choice, or a sentence whose only message is that something was not done ("Home safety not assessed this
/// visit."). The trigger's scope runs to the end of the clause; a reason in that scope ("no caregiver — lives
/// alone, independent in ADLs") makes the passage a reasoned negative, which is evidence, so not negated.
/// </summary>
public static partial class NegationDetector
{
    /// <summary>True when <paramref name="text"/> is a blank, placeholder or unreasoned negative passage.</summary>
    public static bool IsNegated(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = ListMarker().Replace(text.Trim(), "");
        if (BlankFieldRules.IsBlank(body))
        {
            return true;
        }

        if (body.Contains('|', StringComparison.Ordinal))
        {
            return IsEmptyRow(body);
        }

        if (FieldLabel().Match(body) is { Success: true } field)
        {
            return IsEmptyField(body[field.Length..]);
        }

        return IsUnreasonedStatement(body);
    }

    /// <summary>A field's value, possibly holding more "Label: value" pairs, has nothing but placeholders.</summary>
    private static bool IsEmptyField(string value)
    {
        var parts = InnerLabel().Split(value);
        if (parts.All(BlankFieldRules.IsPlaceholder))
        {
            return true;
        }

        // A short value that is a non-answer somewhere ("per patient, unknown") carries no evidence either.
        return parts.Length == 1 && ReasonAnalysis.ContentWords(value) <= 2 && PlaceholderWord().IsMatch(value);
    }

    /// <summary>A table row whose cells are empty, empty fields or placeholders, beside at most short captions.</summary>
    private static bool IsEmptyRow(string row)
    {
        var cells = row.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (cells.Count == 0)
        {
            return true;
        }

        var empty = 0;
        foreach (var cell in cells)
        {
            var emptyField = FieldLabel().Match(cell) is { Success: true } f && BlankFieldRules.IsPlaceholder(cell[f.Length..]);
            if (emptyField || BracketedPlaceholder().IsMatch(cell) || BlankFieldRules.IsBlank(cell))
            {
                empty++;
            }
            else if (cell.Any(char.IsDigit) || cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3)
            {
                return false;
            }
        }

        return empty > 0;
    }

    /// <summary>"X not assessed this visit", "Deferred.", "No interventions planned.", "See EHR problem list."</summary>
    private static bool IsUnreasonedStatement(string sentence)
    {
        var trimmed = sentence.Trim().TrimEnd('.', ';', '!').Trim();
        if (BlankFieldRules.IsPlaceholder(trimmed))
        {
            return true;
        }

        if (Trigger().Match(trimmed) is { Success: true } trigger)
        {
            var before = trimmed[..trigger.Index];
            var after = trimmed[(trigger.Index + trigger.Length)..];
            return ReasonAnalysis.ContentWords(before) <= 4 && !ReasonAnalysis.GivesReason(after);
        }

        return BareNo().IsMatch(trimmed) && ReasonAnalysis.ContentWords(trimmed) <= 3;
    }

    [GeneratedRegex(@"^(?:[-–—•·*▪◦>]+\s*|\(?\d{1,2}[.)]\s+|\(?[a-zA-Z][.)]\s+)")]
    private static partial Regex ListMarker();

    // "Label:" at the start: up to six words, not a clock time ("10:30").
    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N} /&()#'’.,+-]{0,60}?:(?!\d)\s*")]
    private static partial Regex FieldLabel();

    // A further "Label:" inside a value ("Intervention: ____ Responsible: ____").
    [GeneratedRegex(@"\s+\p{Lu}[\p{L} /()'-]{1,30}:(?!\d)\s*")]
    private static partial Regex InnerLabel();

    [GeneratedRegex(@"^[\[(<]\s*(?:none|blank|empty|no\s+\w+|n/a|none\s+\w+|not\s+\w+)\s*[\])>]$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedPlaceholder();

    [GeneratedRegex(@"\b(?:n/a|unknown|unk|tbd|pending|deferred|not\s+(?:assessed|done|performed|available|obtained|documented|completed|addressed|reviewed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderWord();

    [GeneratedRegex(
        @"\b(?:(?:was|were|is|are|has\s+not\s+been|have\s+not\s+been)\s+)?(?:not\s+(?:assessed|performed|done|completed|reviewed|addressed|discussed|updated|documented|" +
        @"obtained|evaluated|screened|set|established|checked|repeated|administered|conducted|explored|asked)|deferred|" +
        @"unable\s+to\s+(?:assess|obtain|complete|determine|establish|evaluate|perform|screen)|could\s+not\s+be\s+(?:assessed|obtained|completed))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"^(?:no|none)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BareNo();
}
