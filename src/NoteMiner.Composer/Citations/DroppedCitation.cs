namespace NoteMiner.Composer.Citations;

/// <summary>A quote left out of a letter because it did not verify; <see cref="Reason"/> holds no chart text.</summary>
public sealed record DroppedCitation(Citation Citation, string Reason)
{
    /// <summary>The one-line form for stderr: <c>noteminer: &lt;file&gt;: page 2, lines 14–15: …</c>.</summary>
    public override string ToString() =>
        $"noteminer: {Citation.File}: page {Citation.Page}, {CitationFormat.Lines(Citation.FirstLine, Citation.LastLine)}: "
        + $"quote for {Citation.Element.ToName()} dropped: {Reason}";
}
