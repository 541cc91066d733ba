using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Elements;

/// <summary>
/// Which elements a passage may document, with a confidence each: the classifier's label when its score
/// clears the threshold, plus every element whose high-precision keyword or field label the passage carries.
/// </summary>
internal static class ElementCandidates
{
    public static IReadOnlyDictionary<ElementLabel, double> For(ClassifiedPassage passage, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var result = new Dictionary<ElementLabel, double>();
        if (passage.Passage.Kind == PassageKind.Header)
        {
            return result;
        }

        var text = Charts.TableCells.Label(passage.Passage);
        var fieldLabel = FieldParts.Of(passage.Passage).Label;
        foreach (var element in ElementLabels.Checklist)
        {
            var classification = passage.Classification;
            var confidence = classification.Label == element && classification.Score >= options.MinClassifierScore
                ? classification.Score
                : 0;
            var cues = ElementCues.For(element);
            if (cues.Keywords.Has(text) || cues.FieldLabels.Has(fieldLabel))
            {
                confidence = Math.Max(confidence, options.CueConfidence);
            }

            if (confidence > 0)
            {
                result[element] = confidence;
            }
        }

        return result;
    }
}
