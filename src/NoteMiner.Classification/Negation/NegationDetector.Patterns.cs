using System.Text.RegularExpressions;

namespace NoteMiner.Classifier.Negation;

/// <summary>The patterns <see cref="NegationDetector"/> reads passages with.</summary>
public static partial class NegationDetector
{
    [GeneratedRegex(@"(?<=\p{L})[105](?=\p{L})")]
    private static partial Regex DigitInWord();

    // "t0", "0ther": a 0 or 1 ending a word after a letter, or starting one before two letters.
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
