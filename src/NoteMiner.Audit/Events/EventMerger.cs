namespace NoteMiner.Audit.Events;

/// <summary>
/// Merges mentions of one event: same type and dates overlapping the stay widened by a few days. An undated
/// recent mention joins a dated event reported up to a month earlier; otherwise undated mentions of one type
/// reported on the same day are one event.
/// </summary>
internal static class EventMerger
{
    private const int UndatedReachDays = 30;

    public static IReadOnlyList<DetectedEvent> Merge(IReadOnlyList<DetectedEvent> mentions, int mergeDays)
    {
        var merged = new List<DetectedEvent>();
        foreach (var group in mentions.GroupBy(m => m.Type).OrderBy(g => g.Key))
        {
            var dated = new List<DetectedEvent>();
            // The first report of an event (earliest note) is its best evidence.
            var ordered = group.Where(m => m.Date is not null)
                .OrderBy(m => m.Date)
                .ThenBy(m => m.Reported ?? DateOnly.MaxValue)
                .ThenBy(m => m.Passage, Charts.PassageFacts.ByLocation);
            foreach (var mention in ordered)
            {
                if (dated.Count > 0 && mention.Date!.Value <= dated[^1].End!.Value.AddDays(mergeDays))
                {
                    var last = dated[^1];
                    var end = mention.End!.Value > last.End!.Value ? mention.End : last.End;
                    dated[^1] = last with { End = end };
                }
                else
                {
                    dated.Add(mention);
                }
            }

            var undated = group.Where(m => m.Date is null)
                .Where(m => !dated.Any(d => m.Reported is { } r && r >= d.Date!.Value && r <= d.End!.Value.AddDays(UndatedReachDays)))
                .GroupBy(m => m.Reported)
                .Select(g => g.OrderBy(m => m.Passage, Charts.PassageFacts.ByLocation).First());
            merged.AddRange(dated);
            merged.AddRange(undated);
        }

        return merged
            .OrderBy(e => e.CoverFrom ?? DateOnly.MaxValue)
            .ThenBy(e => e.Type)
            .ThenBy(e => e.Passage, Charts.PassageFacts.ByLocation)
            .ToList();
    }
}
