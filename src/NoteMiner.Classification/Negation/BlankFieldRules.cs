using System.Text.RegularExpressions;

namespace NoteMiner.Classifier.Negation;

/// <summary>
/// What an empty or placeholder field value looks like: nothing but rules and boxes, an unticked checkbox choice,
/// a form blank ("___ min"), a reference elsewhere ("see H&amp;P"), or a stock phrase (N/A, none, not assessed,
/// deferred, TBD, declined …) with no reason after it.
/// </summary>
public static partial class BlankFieldRules
{
    /// <summary>True when <paramref name="value"/> holds no words: underscores, dashes, dots, pipes, empty boxes.</summary>
    public static bool IsBlank(string value) => BlankOnly().IsMatch(value);

    /// <summary>True for a row of unticked boxes with their option words ("[ ] yes [ ] no").</summary>
    public static bool IsUntickedChoice(string value) =>
        !HasTick(value) && UntickedChoice().IsMatch(value);

    /// <summary>
    /// A caption over a row of unticked boxes and nothing else: "CODE STATUS ▢ Full ▢ DNR ▢ Limited",
    /// "Meals ☐ Rides ☐ Pantry ☐ (none marked)", "Manages own meds? Y / N (circle one)".
    /// </summary>
    public static bool IsCaptionedChoice(string text)
    {
        if (HasTick(text))
        {
            return false;
        }

        var body = TrailingNote().Replace(text.Trim(), "");
        if (YesNoChoice().Match(body) is { Success: true } yesNo)
        {
            return ReasonAnalysis.ContentWords(body[..yesNo.Index]) <= 8;
        }

        var boxes = EmptyBox().Matches(body);
        if (boxes.Count < 2)
        {
            return false;
        }

        var caption = body[..boxes[0].Index];
        var options = EmptyBox().Split(body[boxes[0].Index..]);
        return caption.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 &&
               options.All(o => o.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !o.Any(char.IsDigit));
    }

    /// <summary>True when a box is ticked anywhere in <paramref name="text"/>.</summary>
    public static bool HasTick(string text) => TickedBox().IsMatch(text);

    /// <summary>
    /// True when <paramref name="value"/> is a placeholder: a stock non-answer, optionally followed by words that
    /// give no reason (a deferral, a reference elsewhere, a time). "none — lives alone, independent" is not one.
    /// </summary>
    public static bool IsPlaceholder(string value)
    {
        var trimmed = value.Trim().TrimEnd('.', ';', ',').Trim().TrimStart('-', '–', '—', ':').TrimStart();
        if (IsBlank(trimmed) || IsUntickedChoice(trimmed) || IsFormBlank(trimmed) || IsTemplateSlot(trimmed))
        {
            return true;
        }

        if (Reference().Match(trimmed) is { Success: true } reference && IsBareReference(trimmed, reference.Value))
        {
            return true;
        }

        var match = Placeholder().Match(trimmed);
        return match.Success && !ReasonAnalysis.GivesReason(trimmed[match.Length..]);
    }

    /// <summary>
    /// "see prior note", "refer to care plan from previous quarter": a pointer elsewhere with nothing said after it.
    /// "Referred to Legal Aid for guardianship paperwork" is an action, and "see MAR, reconciled by RN" adds a finding.
    /// </summary>
    private static bool IsBareReference(string value, string pointer)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (pointer.Contains("referred", StringComparison.OrdinalIgnoreCase))
        {
            return words <= 6;
        }

        var clause = value.IndexOfAny([',', ';', '—', '–']);
        return words <= 8 && (clause < 0 || !ReasonAnalysis.GivesReason(value[(clause + 1)..]));
    }

    /// <summary>A "none"/"no" answer, which is a finding (not a blank) under labels such as "Barriers" or "Hazards".</summary>
    public static bool IsNoneAnswer(string value) => NoneAnswer().IsMatch(value.Trim());

    /// <summary>A form line of blanks with their captions and units: "___ min", "Date ____ Staff ____", "___/30".</summary>
    private static bool IsFormBlank(string value)
    {
        if (!BlankRun().IsMatch(value))
        {
            return false;
        }

        var rest = ListNumber().Replace(Denominator().Replace(BlankRun().Replace(value, " "), " "), " ");
        return !rest.Any(char.IsDigit) && ReasonAnalysis.ContentWords(rest) <= 5;
    }

    /// <summary>An unfilled template slot: "[date]", "&lt;no data&gt;", "[select]".</summary>
    private static bool IsTemplateSlot(string value) => TemplateSlot().IsMatch(value);

    [GeneratedRegex(@"^[\s_\-–—.…|:;,*•·#=~/\\\[\](){}<>☐□]*$")]
    private static partial Regex BlankOnly();

    [GeneratedRegex(@"\[\s*[xX✓✔]\s*\]|\(\s*[xX✓✔]\s*\)|[☒☑✓✔■▣]")]
    private static partial Regex TickedBox();

    [GeneratedRegex(@"^(?:(?:\[\s*\]|\(\s*\)|☐|□|▢)\s*[\w/'-]*(?:\s+[\w/'-]+){0,2}\s*[,;/]?\s*)+$")]
    private static partial Regex UntickedChoice();

    [GeneratedRegex(@"\[\s*\]|\(\s\)|[☐□▢]")]
    private static partial Regex EmptyBox();

    // "Y / N", "yes/no", "Y ☐ N ☐" with nothing after.
    [GeneratedRegex(@"(?:^|[\s:?])(?:y(?:es)?\s*[☐□▢]?\s*/?\s*n(?:o)?\s*[☐□▢]?)$", RegexOptions.IgnoreCase)]
    private static partial Regex YesNoChoice();

    // What a form adds after its boxes: "(circle one)", "(not circled)", "(none marked)", "— not completed".
    [GeneratedRegex(@"\s*(?:\((?:circle\s+one|not\s+circled|none\s+(?:marked|checked|ticked|selected)|check\s+all)\)|[-–—]+\s*not\s+(?:completed|addressed|done|answered))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"_{2,}")]
    private static partial Regex BlankRun();

    [GeneratedRegex(@"/\s*\d+")]
    private static partial Regex Denominator();

    [GeneratedRegex(@"(?<!\S)\d{1,2}[.)](?!\S)")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"^[\[<{(]\s*\p{L}[\p{L} ]{1,23}\s*[\]>})]$")]
    private static partial Regex TemplateSlot();

    [GeneratedRegex(@"^[\[(]?\s*(?:see|refer(?:red)?\s+to|per|as\s+per|documented\s+in|in\s+(?:the\s+)?(?:chart|ehr|emr))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    // "No data", "no entries" are blanks, not an answer of "no".
    [GeneratedRegex(@"^(?:none|no|nil|negative|denies)\b(?!\s+(?:data|entr(?:y|ies)|info(?:rmation)?|documentation|response|answer|record))", RegexOptions.IgnoreCase)]
    private static partial Regex NoneAnswer();

    // A stock non-answer at the start of a value; what follows it is checked for a reason.
    [GeneratedRegex(
        @"^[\[(<""']?\s*(?:(?:pt|patient)\s+)?(?:" +
        @"n\s*/\s*a|n\.a\.?|na|none(?:\s+(?:documented|entered|recorded|listed|noted|on\s+file|given|reported|selected|charted|identified|available))?|" +
        @"nil|null|never|missing|no|no\s+(?:data|entries|entry|info(?:rmation)?|documentation|response|answer|record)|unknown|unk|unspecified|" +
        @"tbd|tba|to\s+be\s+\w+|pending|deferred|defer|postponed|skipped|n\s*/\s*d|on\s+hold|awaiting(?:\s+\w+)?|" +
        @"not\s*(?:yet\s+)?(?:applicable|assessed|performed|done|obtained|addressed|discussed|reviewed|documented|set|" +
        @"completed|complete|evaluated|screened|asked|available|entered|recorded|checked|assigned|defined|established|" +
        @"determined|updated|started|initiated|tested|measured|captured|on\s+file|indicated|received|sent|requested|" +
        @"scored|specified|provided|tracked|elicited|stated|calculated|signed|given|offered|scheduled|identified|" +
        @"filled|answered|selected|charted|noted|known|collected|reconciled|verified|confirmed|done\s+yet|" +
        @"administered|observed|tested|held|logged|made)|" +
        @"not\s+(?:today|this\s+(?:visit|time|call))|unable\s+to\s+\w+|could\s+not\s+(?:\w+|be\s+\w+)|" +
        @"declined(?:\s+to\s+\w+)?|refused(?:\s+to\s+\w+)?|did\s+not\s+\w+|would\s+not\s+\w+|" +
        @"will\s+(?:address|discuss|complete|obtain|review|assess|readdress|revisit|update|do|follow\s+up|ask|retry|reattempt|redo)|ask\s+(?:at\s+)?next|" +
        @"nothing(?:\s+(?:on\s+file|documented|entered|recorded))?|carried\s+forward|not\s+ready\s+to\s+\w+|prefers\s+not\s+to\s+\w+|" +
        @"blank|empty|free\s*text|select|click\s+(?:here|to\s+\w+)|enter\s+\w+|type\s+here|" +
        @"as\s+(?:above|before|previously\s+documented|documented\s+(?:last|prior|previously|before))|ditto|" +
        @"same(?:\s+as\s+(?:last|prior|previous|before)\b)?|unchanged|" +
        @"\?+|-+|—+" +
        @")[\])>""']?(?=$|[\s.,;:()\-–—])", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
