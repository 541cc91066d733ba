using NoteMiner.Audit.Charts;
using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Boilerplate;

/// <summary>
/// Rule 5: evidence passages that recur nearly verbatim (names, dates and numbers aside) in other charts are
/// templated. Short passages and headers are left out; they are too small to tell a template from a fact.
/// </summary>
internal static class BoilerplateRule
{
    /// <summary>Per chart: passage index → links to the same template in other charts.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<int, IReadOnlyList<TemplateLink>>> Detect(
        IReadOnlyList<ChartFacts> charts, AuditOptions options)
    {
        var items = new List<TemplateItem>();
        for (var c = 0; c < charts.Count; c++)
        {
            foreach (var passage in charts[c].Passages.Where(p => IsEligible(p, options)))
            {
                var tokens = TextMasker.Tokens(passage.Text, charts[c].PatientNameTokens);
                items.Add(new TemplateItem(c, passage.Index, Shingler.Shingles(tokens)));
            }
        }

        var result = charts.Select(_ => new Dictionary<int, IReadOnlyList<TemplateLink>>()).ToList();
        var found = BoilerplateDetector.Detect(items, options);
        for (var i = 0; i < items.Count; i++)
        {
            if (found.Links[i].Count > 0)
            {
                result[items[i].Chart][items[i].Passage] = found.Links[i];
            }
        }

        return result;
    }

    /// <summary>The chart's <see cref="CarePlanAudit.Templated"/> list: per element, the most similar other charts.</summary>
    public static IReadOnlyList<TemplatedMatch> Matches(
        ChartFacts chart,
        IReadOnlyDictionary<int, IReadOnlyList<TemplateLink>> links,
        IReadOnlyList<string> chartIds,
        AuditOptions options)
    {
        var matches = new List<TemplatedMatch>();
        foreach (var element in ElementLabels.Checklist)
        {
            var best = chart.Passages
                .Where(p => p.IsCandidateFor(element) && links.ContainsKey(p.Index))
                .SelectMany(p => links[p.Index])
                .GroupBy(l => l.OtherChart)
                .Select(g => new TemplatedMatch(element, chartIds[g.Key], g.Max(l => l.Similarity)))
                .OrderByDescending(m => m.Similarity).ThenBy(m => m.OtherChart, StringComparer.Ordinal)
                .Take(options.MaxTemplatedChartsPerElement);
            matches.AddRange(best);
        }

        return matches;
    }

    private static bool IsEligible(PassageFacts passage, AuditOptions options) =>
        passage.Candidates.Count > 0
        && !passage.Negation.Negated
        && passage.Passage.Kind != PassageKind.Header
        && Words.Count(passage.Text) >= options.MinTemplatedWords;
}
