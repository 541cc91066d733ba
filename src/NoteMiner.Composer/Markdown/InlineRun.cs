namespace NoteMiner.Composer.Markdown;

/// <summary>A run of inline text with its emphasis; <see cref="Break"/> marks a hard line break instead of text.</summary>
internal sealed record InlineRun(string Text, bool Bold, bool Italic, bool Break = false);
