using System.Text.RegularExpressions;

namespace NoteMiner.Classifier.Negation;

/// <summary>
/// Tells a reason ("lives alone, independent in ADLs") from filler ("this visit", "see 1/2026", "(pt not
/// available)"): what follows a negation trigger gives a reason when it has at least two content words.
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
    };

    private static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "see", "per", "until", "till", "on", "by", "since", "dated", "from", "after", "before", "#", "no", "number",
    };

    /// <summary>True when <paramref name="rest"/> has at least two content words, i.e. more than filler.</summary>
    public static bool GivesReason(string rest) => ContentWords(rest) >= 2;

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

    [GeneratedRegex(@"[\p{L}\p{N}'/.-]*[\p{L}\p{N}]")]
    private static partial Regex Word();
}
