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
        var body = ListMarker().Replace(OcrFold(text.Trim()), "");
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
        var body = ListMarker().Replace(OcrFold(text.Trim()), "");
        if (BlankFieldRules.HasTick(body))
        {
            return true;
        }

        var field = FieldLabel().Match(body);
        if (!field.Success)
        {
            field = DashField().Match(body);
        }

        return field.Success && FindingLabel().IsMatch(field.Groups["label"].Value) &&
               BlankFieldRules.IsNoneAnswer(body[field.Length..]);
    }

    /// <summary>A field's value, possibly holding more "Label: value" pairs, has nothing but placeholders.</summary>
    private static bool IsEmptyField(string label, string value)
    {
        if (BlankFieldRules.IsNoneAnswer(value) && FindingLabel().IsMatch(label))
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
            return !(BlankFieldRules.IsNoneAnswer(value) && FindingLabel().IsMatch(dash.Groups["label"].Value)) &&
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

    [GeneratedRegex(@"(?<=\p{L})[105](?=\p{L})")]
    private static partial Regex DigitInWord();

    // "t0", "0ther", "n0t": a 0 or 1 beside two letters at the edge of a word.
    [GeneratedRegex(@"[01](?:(?<=\p{L}[01])\b|(?<=\b[01])(?=\p{L}{2}))")]
    private static partial Regex DigitAtWordEdge();

    // 'e' read as 'c' in the words negations are made of: "scc prior notc", "dcferrcd".
    [GeneratedRegex(@"\b(?:s(?:cc|ce|ec)(?=\s)|not[ce]|d[ce]f[ce]rr[ce]d|pr[ce]vious|r[ce]f[ce]r|n[ce]ed[ce]d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CForE();

    [GeneratedRegex(@"^(?:[-–—•·*▪◦>]+\s*|\(?\d{1,2}[.)]\s+|\(?[a-zA-Z][.)]\s+)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^(?:\[\s*\]|\(\s\)|☐|□|▢)\s*\S")]
    private static partial Regex UntickedItem();

    [GeneratedRegex(@"[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*=(?<value>[^\s;,|=]*)[;,|]?\s*")]
    private static partial Regex CodedPair();

    // NotPerformed → Not Performed, NOT_DONE → NOT DONE.
    [GeneratedRegex(@"_|(?<=\p{Ll})(?=\p{Lu})")]
    private static partial Regex CodedWords();

    // A caption of up to six words and a dash, nothing else.
    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N} /&()'’.,+-]{0,50}?\s*[–—]+\s*$|^[\p{L}][\p{L}\p{N} /&()'’.,+]{0,50}?\s+-+\s*$")]
    private static partial Regex TrailingDash();

    // "Label:" or "Label?" at the start: up to 60 characters, not a clock time ("10:30").
    [GeneratedRegex(@"^(?<label>[\p{L}\p{N}][^:?|]{0,60}?)\s*[:?](?!\d)\s*")]
    private static partial Regex FieldLabel();

    // "Label — value" with a short label.
    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L}\p{N} /&()'’.,+-]{0,40}?)(?:\s+(?:[-–—]|--)\s+|\s*[–—]\s*)")]
    private static partial Regex DashField();

    // A further "Label:" inside a value ("Intervention: ____ Responsible: ____").
    [GeneratedRegex(@"\s+\p{Lu}[\p{L} /()'-]{1,30}:(?!\d)\s*")]
    private static partial Regex InnerLabel();

    [GeneratedRegex(@"barrier|hazard|risk|strain|concern|issue|complication|allerg|fall|symptom|side effect|change|problem(?!\s+list)|limitation|difficult", RegexOptions.IgnoreCase)]
    private static partial Regex FindingLabel();

    [GeneratedRegex(@"^[\[(<]\s*(?:none|blank|empty|n/a|no\s+\w+|none\s+\w+|not\s+\w+)\s*[\])>]$", RegexOptions.IgnoreCase)]
    private static partial Regex BracketedPlaceholder();

    [GeneratedRegex(@"\b(?:n/a|unknown|unk|tbd|pending|deferred|not\s+(?:assessed|done|performed|available|obtained|documented|completed|addressed|reviewed|entered|recorded|tracked|scored))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceholderWord();

    [GeneratedRegex(
        @"\b(?:(?:was|were|is|are|has\s+not\s+been|have\s+not\s+been)\s+)?(?:not\s+(?:assessed|performed|done|completed|reviewed|addressed|discussed|updated|documented|" +
        @"obtained|evaluated|screened|set|established|checked|repeated|administered|conducted|explored|asked|elicited|tracked|" +
        @"provided|received|scored|specified)|deferred(?:\s+to\s+(?:\S+\s*){1,5}$)?|" +
        @"unable\s+to\s+(?:assess|obtain|complete|determine|establish|evaluate|perform|screen|participate)|could\s+not\s+(?:be\s+(?:assessed|obtained|completed|done)|ask|assess|complete)|" +
        @"postponed|skipped|not\s+yet\s+(?:made|done|completed|set|obtained|discussed)|left\s+blank|" +
        @"did\s+not\s+get\s+to|(?<refusal>would\s+not\s+(?:say|answer|discuss|complete|go\s+over|talk)|declined\s+to\s+(?:discuss|answer|complete|set|participate|do|let\s+us|talk|go\s+over|be\s+screened)|" +
        @"declined\s+(?:the\s+)?(?:\w+\s+)?(?:testing|screening|questionnaire|assessment|evaluation)|did\s+not\s+want\s+to\s+(?:talk|discuss|go\s+over|answer)|" +
        @"prefers\s+not\s+to\s+(?:discuss|answer|talk)|not\s+ready\s+to\s+(?:discuss|talk)|never\s+(?:brought\s+up|discussed|addressed|asked)|" +
        @"not\s+(?:gone\s+over|yet\s+(?:received|enrolled|ordered|started))|waved\s+off))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"\s[-–—]\s|[–—;(]|,\s|\s(?:because|as|since|due\s+to)\s")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^(?:no|none)(?![-\w])", RegexOptions.IgnoreCase)]
    private static partial Regex BareNo();
}
