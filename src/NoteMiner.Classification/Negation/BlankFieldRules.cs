using System.Text.RegularExpressions;

namespace NoteMiner.Classifier.Negation;

/// <summary>
/// What an empty or placeholder field value looks like: nothing but rules and boxes, an unticked checkbox choice,
/// or a stock phrase (N/A, none, not assessed, deferred, see previous, TBD …) with no reason after it.
/// </summary>
public static partial class BlankFieldRules
{
    /// <summary>True when <paramref name="value"/> holds no words: underscores, dashes, dots, pipes, empty boxes.</summary>
    public static bool IsBlank(string value) => BlankOnly().IsMatch(value);

    /// <summary>True for a row of unticked boxes with their option words ("[ ] yes [ ] no").</summary>
    public static bool IsUntickedChoice(string value) =>
        !TickedBox().IsMatch(value) && UntickedChoice().IsMatch(value);

    /// <summary>
    /// True when <paramref name="value"/> is a placeholder: a stock non-answer, optionally followed by words that
    /// give no reason (a deferral, a reference elsewhere, a time). "none — lives alone, independent" is not one.
    /// </summary>
    public static bool IsPlaceholder(string value)
    {
        var trimmed = value.Trim().TrimEnd('.', ';', ',').Trim();
        if (IsBlank(trimmed) || IsUntickedChoice(trimmed))
        {
            return true;
        }

        var match = Placeholder().Match(trimmed);
        return match.Success && !ReasonAnalysis.GivesReason(trimmed[match.Length..]);
    }

    [GeneratedRegex(@"^[\s_\-–—.…|:;,*•·#=~/\\\[\](){}<>☐□]*$")]
    private static partial Regex BlankOnly();

    [GeneratedRegex(@"\[\s*[xX✓✔]\s*\]|[☒☑✓✔]")]
    private static partial Regex TickedBox();

    [GeneratedRegex(@"^(?:(?:\[\s*\]|\(\s*\)|☐|□)\s*[\w/'-]*(?:\s+[\w/'-]+){0,2}\s*[,;/]?\s*)+$")]
    private static partial Regex UntickedChoice();

    // A stock non-answer at the start of a value. Order matters only for readability: alternatives are anchored.
    [GeneratedRegex(
        @"^[\[(<""']?\s*(?:" +
        @"n\s*/\s*a|n\.a\.?|na|none(?:\s+(?:documented|entered|recorded|listed|noted|on\s+file|given|reported|selected|charted|identified))?|nil|null|" +
        @"no\s+(?:data|entries|entry|info(?:rmation)?|documentation|response|answer)|unknown|unk|unspecified|" +
        @"tbd|tba|to\s+be\s+(?:determined|completed|done|assessed|addressed|discussed|scheduled|updated)|pending|" +
        @"deferred|defer|not\s+(?:applicable|assessed|performed|done|obtained|addressed|discussed|reviewed|documented|set|" +
        @"completed|complete|evaluated|screened|asked|available|entered|recorded|checked|assigned|defined|established|" +
        @"determined|updated|started|initiated|tested|measured|captured|on\s+file|yet\s+\w+|indicated)|" +
        @"unable\s+to\s+(?:assess|obtain|complete|determine|establish|evaluate|perform|screen|reach|test)|" +
        @"could\s+not\s+(?:assess|obtain|complete|be\s+\w+)|" +
        @"blank|empty|free\s*text|select|click\s+(?:here|to\s+\w+)|enter\s+\w+|type\s+here|" +
        @"see\s+(?:previous|prior|above|below|chart|note|notes|ehr|emr|attached|nursing|flowsheet|problem\s+list|\w+\s+note)|" +
        @"per\s+(?:prior|previous|chart|ehr|emr)|as\s+(?:above|before|previously\s+documented)|ditto|" +
        @"refer\s+to\b|same(?:\s+as\s+(?:last|prior|previous|before)\b)?|unchanged|no\s+change(?:s)?|" +
        @"\?+|x+|-+|—+" +
        @")[\])>""']?(?=$|[\s.,;:()\-–—])", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}
