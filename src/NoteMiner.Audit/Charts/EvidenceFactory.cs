namespace NoteMiner.Audit.Charts;

/// <summary>Makes <see cref="Evidence"/> from a passage: verbatim text and its provenance.</summary>
internal static class EvidenceFactory
{
    public static Evidence From(PassageFacts passage, double confidence, bool templated = false, bool specific = true)
    {
        var location = passage.Location;
        return new Evidence(
            location.File,
            location.Page,
            location.FirstLine,
            location.LastLine,
            passage.Text,
            location.Source,
            Math.Round(confidence, 2, MidpointRounding.AwayFromZero),
            templated)
        {
            OcrConfidence = location.OcrConfidence,
            Specific = specific,
        };
    }
}
