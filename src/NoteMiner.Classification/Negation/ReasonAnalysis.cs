using System.Text.RegularExpressions;

namespace NoteMiner.Classifier.Negation;

/// <summary>
/// Tells a reason ("lives alone, independent in ADLs") from filler ("this visit", "see 1/2026", "(pt not
/// available)") and from an excuse ("pt sedated after EGD", "visit cut short"): what follows a negation trigger
/// gives a reason when it has at least two content words and does not only say why nothing was assessed.
/// </summary>
internal static partial class ReasonAnalysis
{
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "to", "for", "at", "on", "in", "by", "with", "this", "that", "these", "is", "was", "be",
        "been", "are", "were", "will", "not", "no", "yet", "until", "till", "per", "see", "refer", "from", "as", "it", "its",
        "pt", "patient", "patients", "visit", "visits", "call", "calls", "today", "time", "next", "prior", "previous", "last",
        "month", "week", "day", "year", "encounter", "appointment", "appt", "f/u", "follow", "up", "followup", "chart", "note",
        "notes", "ehr", "emr", "record", "available", "unavailable", "pending", "later", "date", "done", "reviewed", "assessed",
        "completed", "performed", "deferred", "tbd", "n/a", "na", "none", "unknown", "documented", "again", "yet", "provider",
        "pcp", "md", "rn", "nurse", "nursing", "pharmacist", "pharmacy", "physician", "clinician", "team", "ccm", "scheduled",
        "reschedule", "rescheduled", "needed", "required", "information", "info", "data", "current", "currently", "above", "below",
        "plan", "same", "list", "form", "section", "tab", "flowsheet", "answered", "reached", "obtained", "addressed", "defer",
        "revisit", "re-visit", "readdress", "re-address", "postponed", "skipped",
    };

    private static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "see", "per", "until", "till", "on", "by", "since", "dated", "from", "after", "before", "#", "no", "number",
    };

    /// <summary>
    /// True when <paramref name="rest"/> has at least two content words, i.e. more than filler, and is not an
    /// excuse: the circumstances of the visit explain why an assessment did not happen, they are not a finding.
    /// </summary>
    public static bool GivesReason(string rest) => ContentWords(rest) >= 2 && !IsExcuse(rest);

    /// <summary>
    /// "pt sedated post-procedure", "family not present", "visit focused on wound", "pt had to hang up": why the
    /// element was not assessed, which says nothing about the element itself.
    /// </summary>
    public static bool IsExcuse(string rest) => Excuse().IsMatch(rest) || Postponement().IsMatch(rest) || Quotation().IsMatch(rest);

    /// <summary>
    /// The number of words in <paramref name="text"/> that are not filler: words, and measurements ("134", "5.1");
    /// dates ("1/2026") and numbers after a reference or deferral word ("see 3", "until 4/1") do not count.
    /// </summary>
    public static int ContentWords(string text)
    {
        var count = 0;
        var previous = "";
        foreach (Match word in Word().Matches(text))
        {
            var w = word.Value.Trim('\'', '-', '/');
            if (w.Any(char.IsDigit))
            {
                count += IsMeasurement(w, previous) ? 1 : 0;
            }
            else if (w.Length > 1 && !Filler.Contains(w))
            {
                count++;
            }

            previous = w;
        }

        return count;
    }

    private static bool IsMeasurement(string token, string previous) =>
        !token.Contains('/', StringComparison.Ordinal) && !token.Contains('-', StringComparison.Ordinal) &&
        !(token.Length == 4 && token.All(char.IsDigit)) &&
        !ReferenceWords.Contains(previous);

    [GeneratedRegex(
        @"\b(?:sedat\w*|asleep|sleeping|drowsy|lethargic|obtunded|aphasic|intubated|nonverbal|" +
        @"too\s+(?:tired|short\s+of\s+breath|sob|ill|sick|weak|fatigued)|in\s+(?:acute\s+|severe\s+)?(?:pain|distress)|" +
        @"time\s+constraints?|(?:ran|running)\s+out\s+of\s+time|(?:visit|call)\s+(?:was\s+)?(?:cut\s+short|shortened|ended\s+early|focused\s+on)|" +
        @"(?:family|caregiver|daughter|son|wife|husband|spouse|surrogate|guardian)\s+(?:was\s+|were\s+)?(?:not\s+present|unavailable|absent|not\s+(?:yet\s+)?(?:identified|reached|available))|" +
        @"had\s+to\s+(?:leave|hang\s+up|go)|hung\s+up|not\s+reached|unable\s+to\s+reach|did\s+not\s+bring|forgot\s+(?:to\s+bring|the)|" +
        @"not\s+returned|left\s+blank|awaiting|wants?\s+to\s+think|think\s+(?:it\s+)?(?:over|about\s+it)|not\s+participating|" +
        @"(?:strict\s+)?bed\s?rest|in\s+(?:the\s+)?icu|post[-\s]?(?:procedure|op\b|operative)|after\s+(?:the\s+)?(?:procedure|sedation|surgery|endoscopy|egd|colonoscopy)|" +
        @"interpreter\s+(?:not\s+available|unavailable)|no\s+interpreter|eyes\s+(?:were\s+)?dilated|" +
        @"ran\s+(?:over|late|behind)|running\s+(?:behind|late)|left\s+early|out\s+of\s+(?:the\s+)?office|no\s+time|" +
        @"upset|non-?verbal|on\s+(?:a\s+|the\s+)?vent|acutely\s+ill|no[-\s]show|confused|not\s+on\s+site|not\s+reachable|" +
        @"no\s+reason\s+(?:given|stated|documented)|left\s+(?:at\s+home|in\s+(?:the\s+|his\s+|her\s+)?\w+(?:'s)?\s+car)|" +
        @"did\s+not\s+have\s+(?:her|his|the|their)?\s*(?:bottles|list|meds|medications|pills)|" +
        @"(?:telephone|phone)\s+(?:encounter|visit|call)|template\s+default|tired)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Excuse();

    // "until oncology consult", "pending biopsy results": when it will be done, not what was found.
    [GeneratedRegex(@"^\W*(?:until|till|pending|awaiting)\s+(?:\S+\s+){0,3}(?:results?|consult|eval\w*|visit|meeting|review)(?:\s+back)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Postponement();

    // The patient's words after a refusal: "refused, \"I don't do those questionnaires.\""
    [GeneratedRegex(@"^[\s,;:.—–-]*(?:(?:pt|patient|she|he)\s+)?(?:said\s*)?[""“‘'(][^""”’]*[""”’')]?[\s.)]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Quotation();

    [GeneratedRegex(@"[\p{L}\p{N}'/.-]*[\p{L}\p{N}]")]
    private static partial Regex Word();
}
