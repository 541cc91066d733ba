using System.Text.RegularExpressions;

namespace NoteMiner.Classifier.Negation;

/// <summary>
/// NegEx-style rules for passages that never count as evidence: a field left blank or filled with a
/// placeholder ("Caregiver: N/A", "PHQ-9 — deferred", "Goal: ____"), an empty table row, an unticked checkbox,
/// or a sentence whose only message is that something was not done ("Home safety not assessed this visit.").
/// A trigger's scope runs to the end of the passage; a reason in that scope ("no caregiver — lives alone,
/// independent in ADLs") makes the passage a reasoned negative, which is evidence, so not negated.
/// </summary>
public static partial class NegationDetector
{
    /// <summary>True when <paramref name="text"/> is a blank, placeholder or unreasoned negative passage.</summary>
    public static bool IsNegated(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = Body(text);
        if (BlankFieldRules.IsBlank(body))
        {
            return true;
        }

        if (BlankFieldRules.HasTick(body))
        {
            return false; // a ticked box is an answer
        }

        if (UntickedItem().IsMatch(body) || BlankFieldRules.IsCaptionedChoice(body) || IsEmptyCodedField(body))
        {
            return true;
        }

        if (body.Contains('|', StringComparison.Ordinal))
        {
            return IsEmptyRow(body);
        }

        if (FieldLabel().Match(body) is { Success: true } field)
        {
            return IsEmptyField(field.Groups["label"].Value, body[field.Length..]);
        }

        return IsUnreasonedStatement(body);
    }

    /// <summary>
    /// True when <paramref name="text"/> answers its question outright — a ticked box, or "none" under a label that
    /// asks for findings ("Barriers: none", "Home hazards — none") — so no learned guess may call it a blank.
    /// </summary>
    public static bool IsExplicitAnswer(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = Body(text);
        if (BlankFieldRules.HasTick(body))
        {
            return true;
        }

        var field = FieldLabel().Match(body);
        if (!field.Success)
        {
            field = DashField().Match(body);
        }

        return field.Success && IsFindingNone(field.Groups["label"].Value, body[field.Length..]);
    }

    /// <summary>The passage as the rules read it: trimmed, OCR digit-for-letter swaps read back, list marker dropped.</summary>
    private static string Body(string text) => ListMarker().Replace(OcrFold(text.Trim()), "");

    /// <summary>"Barriers: none", "Hazards — none": a "none" under a label that asks for findings is a finding.</summary>
    private static bool IsFindingNone(string label, string value) =>
        BlankFieldRules.IsNoneAnswer(value) && FindingLabel().IsMatch(label);

    /// <summary>A field's value, possibly holding more "Label: value" pairs, has nothing but placeholders.</summary>
    private static bool IsEmptyField(string label, string value)
    {
        if (IsFindingNone(label, value))
        {
            // "Barriers: none" is a finding; "Caregiver: none" is not.
            return false;
        }

        var parts = InnerLabel().Split(value);
        if (parts.All(BlankFieldRules.IsPlaceholder))
        {
            return true;
        }

        // A short value that is a non-answer somewhere ("per patient, unknown") carries no evidence either.
        return parts.Length == 1 && ReasonAnalysis.ContentWords(value) <= 2 && PlaceholderWord().IsMatch(value);
    }

    /// <summary>A table row whose cells after the first (a caption) are empty, empty fields or placeholders.</summary>
    private static bool IsEmptyRow(string row)
    {
        var cells = row.Split('|').Select(c => c.Trim()).ToList();
        var filled = cells.Where(c => c.Length > 0).ToList();
        if (filled.Count == 0)
        {
            return true; // "| | |"
        }

        if (filled.Count == 1)
        {
            return Words(filled[0]) <= 4; // a caption alone, "Consent date |"; not a paragraph with a stray bar
        }

        if (filled.Any(c => BracketedPlaceholder().IsMatch(c)) && filled.All(c => Words(c) <= 3))
        {
            return true; // column captions beside "(none)" or "(no entries)"
        }

        var start = IsEmptyCell(filled[0]) ? 0 : 1;
        var empty = 0;
        for (var i = start; i < filled.Count; i++)
        {
            if (IsEmptyCell(filled[i]))
            {
                empty++;
            }
            else if (filled[i].Any(char.IsDigit) || Words(filled[i]) > 3)
            {
                return false;
            }
        }

        return empty > 0 && 2 * empty >= filled.Count - start;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsEmptyCell(string cell)
    {
        if (FieldLabel().Match(cell) is { Success: true } f)
        {
            return BlankFieldRules.IsPlaceholder(cell[f.Length..]);
        }

        return BlankFieldRules.IsBlank(cell) || BlankFieldRules.IsPlaceholder(cell);
    }

    /// <summary>An export line of <c>Key=Value</c> pairs whose values are all placeholders: "MedRec.Status=NotPerformed; MedRec.Reason=null".</summary>
    private static bool IsEmptyCodedField(string body)
    {
        var pairs = CodedPair().Matches(body);
        if (pairs.Count == 0 || CodedPair().Replace(body, "").Trim(' ', ';', ',', '|').Length > 0)
        {
            return false;
        }

        return pairs.All(p => BlankFieldRules.IsPlaceholder(CodedWords().Replace(p.Groups["value"].Value, " ")) ||
                              p.Groups["value"].Value.Equals("null", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"X not assessed this visit", "Deferred.", "No interventions planned.", "See EHR problem list."</summary>
    private static bool IsUnreasonedStatement(string sentence)
    {
        var trimmed = sentence.Trim().TrimEnd('.', ';', '!').Trim();
        if (BlankFieldRules.IsPlaceholder(trimmed))
        {
            return true;
        }

        // Before "Label — value": in "Goals not reviewed this visit — pt in acute pain" the trigger is in the label.
        if (Trigger().Match(trimmed) is { Success: true } trigger)
        {
            var before = trimmed[..trigger.Index];
            var after = trimmed[(trigger.Index + trigger.Length)..];
            if (trigger.Groups["refusal"].Success)
            {
                // "declined to discuss community services": what follows the verb is its object; a reason comes after a break.
                var brk = ClauseBreak().Match(after);
                after = brk.Success ? after[(brk.Index + brk.Length)..] : "";
            }

            return ReasonAnalysis.ContentWords(before) <= 4 && !ReasonAnalysis.GivesReason(after);
        }

        if (TrailingDash().IsMatch(sentence.Trim()))
        {
            return true; // "Expected outcome —", a form caption with nothing after it
        }

        if (DashField().Match(trimmed) is { Success: true } dash)
        {
            var value = trimmed[dash.Length..];
            return !IsFindingNone(dash.Groups["label"].Value, value) &&
                   BlankFieldRules.IsPlaceholder(value);
        }

        return BareNo().IsMatch(trimmed) && ReasonAnalysis.ContentWords(trimmed) <= 3;
    }

    /// <summary>Undoes common OCR digit-for-letter swaps inside words ("eva1uated", "c0mpleted") so triggers match.</summary>
    private static string OcrFold(string text)
    {
        var folded = DigitInWord().Replace(text, m => m.Value switch { "1" => "l", "0" => "o", "5" => "s", _ => m.Value });
        folded = DigitAtWordEdge().Replace(folded, m => m.Value == "1" ? "l" : "o");
        return CForE().Replace(folded, m => m.Value.Replace('c', 'e').Replace('C', 'E'));
    }
}
