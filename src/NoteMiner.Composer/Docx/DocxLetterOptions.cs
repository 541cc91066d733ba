namespace NoteMiner.Composer.Docx;

/// <summary>How a letter's DOCX is laid out. Change with <c>with { … }</c>.</summary>
public sealed record DocxLetterOptions
{
    public static DocxLetterOptions Default { get; } = new();

    /// <summary>The document title in its properties (shown by Word in the title bar); no patient data.</summary>
    public string Title { get; init; } = "Appeal";

    /// <summary>Body font.</summary>
    public string Font { get; init; } = "Calibri";

    /// <summary>Body font size in points.</summary>
    public int FontSize { get; init; } = 11;

    /// <summary>
    /// The time stamped on the package's parts, so that the same letter gives the same bytes; the letter date.
    /// </summary>
    public DateTimeOffset Timestamp { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
