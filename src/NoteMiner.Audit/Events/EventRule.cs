using NoteMiner.Audit.Charts;
using NoteMiner.Audit.Language;
using NoteMiner.Audit.Revisions;

namespace NoteMiner.Audit.Events;

/// <summary>
/// Rule 2: hospitalizations, ED visits and other significant changes with their dates. A mention counts when
/// it is dated (or says it is recent), not negated or hypothetical, not in the future of its note, and within
/// <see cref="AuditOptions.EventLookbackDays"/> of the chart's latest document. The same event reported in
/// several documents is merged (same type, dates within <see cref="AuditOptions.EventMergeDays"/> of the stay).
/// </summary>
internal static class EventRule
{
    private const int MaxDateDistance = 80;
    private const int BlockWindowWords = 6;
    private const int MaxStayDays = 120;

    // Goals, action plans and directives speak of events that should not happen.
    private static readonly HashSet<ElementLabel> HypotheticalLabels =
    [
        ElementLabel.Goals, ElementLabel.SymptomManagement, ElementLabel.Preferences,
        ElementLabel.AdvanceDirectives, ElementLabel.Consent, ElementLabel.Prognosis,
    ];

    public static IReadOnlyList<DetectedEvent> Find(ChartFacts chart, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var mentions = chart.Passages
            .Where(p => !p.Negation.Negated && p.Passage.Kind != PassageKind.Header)
            .Where(p => !(HypotheticalLabels.Contains(p.Label) && p.Source.Classification.Score >= options.MinClassifierScore))
            .SelectMany(Mentions);
        var horizon = chart.LatestDocumentDate?.AddDays(-options.EventLookbackDays);
        var current = mentions.Where(e => horizon is not { } h || e.CoverFrom is not { } d || d >= h);
        return EventMerger.Merge(current.ToList(), options.EventMergeDays);
    }

    private static IEnumerable<DetectedEvent> Mentions(PassageFacts passage)
    {
        var text = passage.Text;
        foreach (var (type, pattern) in EventCues.All)
        {
            foreach (var cue in pattern.Matches(text).Cast<System.Text.RegularExpressions.Match>())
            {
                if (IsBlocked(text, cue.Index) || EventCues.BlockedAfter.IsMatch(text[(cue.Index + cue.Length)..]))
                {
                    continue;
                }

                var date = EventCues.ReferredBack.IsMatch(text[Math.Max(0, cue.Index - 40)..cue.Index])
                    ? OwnDateAfter(text, cue, passage.DocumentDate)
                    : NearestDate.Find(text, cue, passage.DocumentDate, RevisionCues.Statement, MaxDateDistance);
                if (date is null && !EventCues.Recent.IsMatch(text))
                {
                    continue; // an undated, not-recent mention is history ("s/p CABG")
                }

                var written = date is null ? passage.DocumentDate : WrittenOnOrAfter(text, date, passage.DocumentDate);
                if (date is not null && written is { } w && date.Date > w)
                {
                    continue; // planned, not happened
                }

                var end = date?.End ?? (type == ChartEventType.Hospitalization && date is not null ? DischargeAfter(text, date, passage.DocumentDate) : null);
                // Reported when written: a revision added to an older plan reports the stay later than the discharge fax.
                yield return new DetectedEvent(type, date?.Date, end ?? date?.Date, written, passage, passage.Source.Classification.Score);
                break; // one event of each type per passage
            }
        }
    }

    /// <summary>The first date after a referred-back cue within its clause ("after hospitalization 02/10-02/14/2026:").</summary>
    private static DateMention? OwnDateAfter(string text, System.Text.RegularExpressions.Match cue, DateOnly? documentDate)
    {
        var start = cue.Index + cue.Length;
        var clauseEnd = text.IndexOfAny([';', ':', '\n'], start);
        var limit = Math.Min(clauseEnd < 0 ? text.Length : clauseEnd, start + MaxDateDistance);
        return DateParser.FindAll(text, documentDate).FirstOrDefault(m => m.Index >= start && m.Index < limit && !NearestDate.IsFutureLed(text, m));
    }

    /// <summary>The discharge date of a stay whose admission is <paramref name="admission"/>, when the passage states it.</summary>
    private static DateOnly? DischargeAfter(string text, DateMention admission, DateOnly? documentDate) =>
        DateParser.FindAll(text, documentDate)
            .Where(m => m.Index > admission.Index && m.Date >= admission.Date && m.Date <= admission.Date.AddDays(MaxStayDays))
            .Where(m => EventCues.DischargeLead.IsMatch(text[Math.Max(0, m.Index - 30)..m.Index]))
            .Select(m => (DateOnly?)m.Date)
            .FirstOrDefault();

    /// <summary>
    /// The earliest date the passage can have been written: its note's date, or a later date it reports as past
    /// ("care plan updated 03/01/2026 after ED visit 02/25/2026" in a plan dated January).
    /// </summary>
    private static DateOnly? WrittenOnOrAfter(string text, DateMention eventDate, DateOnly? documentDate)
    {
        var others = DateParser.FindAll(text, documentDate)
            .Where(m => m.Index != eventDate.Index && !NearestDate.IsFutureLed(text, m))
            .Select(m => (DateOnly?)m.Date);
        return others.Append(documentDate).Max();
    }

    private static bool IsBlocked(string text, int cueIndex)
    {
        var clauseStart = Math.Max(text.LastIndexOfAny([';', '.', '\n'], Math.Max(0, cueIndex - 1)) + 1, 0);
        var before = Words.Split(text[clauseStart..cueIndex]);
        var window = string.Join(' ', before.Skip(Math.Max(0, before.Count - BlockWindowWords)));
        return EventCues.Blocked.IsMatch(window);
    }
}
