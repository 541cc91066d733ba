using NoteMiner.Audit.Charts;
using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Boilerplate;

/// <summary>
/// Rule 5: evidence passages that recur nearly verbatim (names, dates and numbers aside) in other charts are
/// templated. Short passages and headers are left out; they are too small to tell a template from a fact.
/// </summary>
internal static class BoilerplateRule
{
    // A passage is templated when template sentences make up this share of its words.
    private const double MinTemplatedShare = 0.8;

    /// <summary>Per chart: passage index → links to the same template in other charts.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<int, IReadOnlyList<TemplateLink>>> Detect(
        IReadOnlyList<ChartFacts> charts, AuditOptions options)
    {
        // Sentences, not passages, are compared: a template sentence stays a template when one layout joins it
        // with the patient-specific lines after it and another keeps it alone.
        var items = new List<TemplateItem>();
        var sentences = new List<(int Chart, int Passage, int Words)>();
        var passageWords = new Dictionary<(int Chart, int Passage), int>();
        for (var c = 0; c < charts.Count; c++)
        {
            foreach (var passage in charts[c].Passages.Where(p => IsEligible(p, options)))
            {
                passageWords[(c, passage.Index)] = Words.Count(passage.Text);
                foreach (var sentence in Sentences.Split(passage.Text).Where(t => Words.Count(t) >= options.MinTemplatedWords))
                {
                    var tokens = TextMasker.Tokens(sentence, charts[c].PatientNameTokens);
                    items.Add(new TemplateItem(c, sentences.Count, Shingler.Shingles(tokens)));
                    sentences.Add((c, passage.Index, Words.Count(sentence)));
                }
            }
        }

        var found = BoilerplateDetector.Detect(items, options);
        var result = charts.Select(_ => new Dictionary<int, IReadOnlyList<TemplateLink>>()).ToList();
        foreach (var passage in sentences.Select((s, i) => (s, i)).GroupBy(x => (x.s.Chart, x.s.Passage)))
        {
            var templatedWords = passage.Where(x => found.Links[x.i].Count > 0).Sum(x => x.s.Words);
            if (templatedWords < MinTemplatedShare * passageWords[passage.Key])
            {
                continue; // patient-specific sentences beside the template
            }

            // Linked to the charts that share every one of its compared sentences, at the weakest similarity.
            var perSentence = passage.Select(x => found.Links[x.i]).ToList();
            var links = perSentence.Count == 0 ? [] : perSentence
                .Select(l => l.Select(t => t.OtherChart).ToHashSet())
                .Aggregate((a, b) => { a.IntersectWith(b); return a; })
                .Select(other => new TemplateLink(other, perSentence[0].First(t => t.OtherChart == other).OtherItem,
                    perSentence.Min(l => l.Where(t => t.OtherChart == other).Max(t => t.Similarity))))
                .ToList();
            if (links.Count > 0)
            {
                result[passage.Key.Chart][passage.Key.Passage] = links;
            }
        }

        return result;
    }

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
