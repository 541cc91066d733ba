using System.Text.RegularExpressions;
using NoteMiner.Audit.Events;

namespace NoteMiner.Audit.Language;

/// <summary>Picks the date a statement is about: the one nearest its anchor, skipping future and event dates.</summary>
internal static class NearestDate
{
    // A date right after "next review", "due", "by", "until" is a target, not when something happened.
    private static readonly Regex FutureLead = Cue.Of(@"\b(?:next(?: review| visit| appointment)?|due|by|until|before|follow[- ]up|scheduled(?: for)?|planned(?: for)?)\s*(?:on|in|for)?\s*[:\-]?\s*$");

    /// <summary>
    /// The date nearest <paramref name="anchor"/> (ties go to the later position) and within
    /// <paramref name="maxDistance"/> characters of it, or null.
    /// </summary>
    public static DateMention? Find(string text, Capture anchor, DateOnly? reference, Regex? otherAnchors = null, int maxDistance = int.MaxValue) =>
        Find(text, anchor.Index, anchor.Index + anchor.Length, reference, otherAnchors, maxDistance);

    /// <summary>As above, for an anchor spanning [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static DateMention? Find(string text, int start, int end, DateOnly? reference, Regex? otherAnchors = null, int maxDistance = int.MaxValue)
    {
        var others = otherAnchors?.Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList() ?? [];
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var mention in DateParser.FindAll(text, reference))
        {
            if (IsFutureLed(text, mention))
            {
                continue;
            }

            var distance = Distance(start, end, mention);
            if (distance > maxDistance)
            {
                continue;
            }

            if (others.Any(o => o.Index != start && Distance(o.Index, o.End, mention) < distance))
            {
                continue; // the date belongs to another statement (e.g. the admission a revision refers to)
            }

            if (distance < bestDistance || (distance == bestDistance && best is not null && mention.Index > best.Index))
            {
                best = mention;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>True for a date introduced as a target ("next review 04/2026", "by 09/2026").</summary>
    public static bool IsFutureLed(string text, DateMention mention) =>
        FutureLead.IsMatch(text[Math.Max(0, mention.Index - 20)..mention.Index]);

    private static int Distance(int start, int end, DateMention mention) =>
        mention.Index >= end ? mention.Index - end
        : mention.EndIndex <= start ? start - mention.EndIndex
        : 0;
}
