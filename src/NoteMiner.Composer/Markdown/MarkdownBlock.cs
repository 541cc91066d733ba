namespace NoteMiner.Composer.Markdown;

/// <summary>
/// One block of a letter: its kind, a level (heading 1–3, bullet nesting 0–1) and its source lines, markers
/// removed. Lines ending in <c>\</c> or two spaces are hard breaks; other line ends are spaces.
/// </summary>
internal sealed record MarkdownBlock(MarkdownBlockKind Kind, int Level, IReadOnlyList<string> Lines);
