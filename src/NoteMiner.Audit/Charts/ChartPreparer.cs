using NoteMiner.Audit.Elements;
using NoteMiner.Audit.Events;

namespace NoteMiner.Audit.Charts;

/// <summary>Turns a <see cref="ChartInput"/> into <see cref="ChartFacts"/>: verifies passages, dates documents.</summary>
internal static class ChartPreparer
{
    public static ChartFacts Prepare(ChartInput chart, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var documents = new Dictionary<string, ExtractedDocument>(StringComparer.Ordinal);
        foreach (var document in chart.Documents)
        {
            documents.TryAdd(document.Path, document);
        }

        var dates = documents.ToDictionary(d => d.Key, d => DocumentDates.Of(d.Value), StringComparer.Ordinal);
        var passages = new List<PassageFacts>(chart.Passages.Count);
        var unverified = 0;
        for (var i = 0; i < chart.Passages.Count; i++)
        {
            var source = chart.Passages[i];
            if (!PassageVerifier.IsVerbatim(source.Passage, documents))
            {
                unverified++;
                continue;
            }

            var file = source.Passage.Location.File;
            var date = dates.TryGetValue(file, out var known) ? known : DocumentDates.FromFileName(file);
            var negation = NegationDetector.Detect(source.Passage, source.Classification.Negated, options.SpecificThreshold);
            passages.Add(new PassageFacts(i, source, negation, date, ElementCandidates.For(source, options)));
        }

        var latest = dates.Values.Concat(passages.Select(p => p.DocumentDate)).Max();
        return new ChartFacts(chart, passages, unverified, latest, PatientNames.Tokens(chart));
    }
}
