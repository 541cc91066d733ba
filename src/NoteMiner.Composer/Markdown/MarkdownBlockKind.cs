namespace NoteMiner.Composer.Markdown;

/// <summary>The block kinds of the letter Markdown subset.</summary>
internal enum MarkdownBlockKind
{
    Paragraph,
    Heading,
    Quote,
    Bullet,
    Rule,
}
