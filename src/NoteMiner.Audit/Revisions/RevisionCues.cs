using System.Text.RegularExpressions;
using NoteMiner.Audit.Elements;
using NoteMiner.Audit.Events;
using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Revisions;

/// <summary>
/// Reads a revision statement. "Care plan reviewed, no changes" is not a revision; "care plan updated
/// 02/20/2026: furosemide increased to 40 mg" is. The date is the one nearest the statement, not the event's.
/// </summary>
internal static class RevisionCues
{
    /// <summary>An explicit statement that the plan was revised; backs the classifier for plan_revision.</summary>
    public static readonly Regex Statement = Cue.Of(
        @"(?:^|(?<=[.;:]\s*))(?:plan\s+)?(?:revised|updated|amended)\s+(?:on\s+)?(?=\d)|\b(?:(?:care ?plan|plan of care|CCM plan|plan)\s+(?:was\s+|has been\s+)?(?:updated|revised|amended|modified|changed)|(?:updated|revised|amended)\s+(?:the\s+)?(?:care ?plan|plan of care)|care ?plan (?:update|revision))\b");

    public static readonly Regex NoChanges = Cue.Of(
        @"\b(?:no (?:changes?|revisions?|updates?|modifications?)(?: (?:made|needed|required|indicated))?|unchanged|without (?:changes?|revisions?)|remains? (?:the same|unchanged|appropriate)|continue(?:s)? (?:the )?(?:current|same) plan)\b");

    private static readonly Regex Change = Cue.Of(
        @"\b(?:add(?:ed)?|increas\w*|decreas\w*|reduc\w*|start(?:ed)?|stop(?:ped)?|discontinu\w*|d/c'?d|chang\w* (?:to|from)|switch\w*|adjust\w*|titrat\w*|new (?:goal|intervention|referral|medication)s?|referr\w*|replac\w*|remov\w*|initiat\w*|resum\w*|held)\b");

    public static RevisionMention Analyze(string text, DateOnly? documentDate, double specificThreshold)
    {
        ArgumentNullException.ThrowIfNull(text);
        var statement = Statement.Match(text);
        var change = Change.Match(text);
        var anchor = statement.Success ? statement : change;
        var date = (anchor.Success
            ? NearestDate.Find(text, anchor, documentDate, EventCues.Any)
            : NearestDate.Find(text, 0, 0, documentDate, EventCues.Any))?.Date ?? documentDate;

        var remainder = Statement.Replace(text, " ");
        var says = change.Success || SpecificityScorer.Score(StripDates(remainder, documentDate)).Score >= specificThreshold;
        return new RevisionMention(NoChanges.IsMatch(text), says, date);
    }

    private static string StripDates(string text, DateOnly? reference)
    {
        var mentions = DateParser.FindAll(text, reference);
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            text = text.Remove(mentions[i].Index, mentions[i].Length);
        }

        return text;
    }
}
