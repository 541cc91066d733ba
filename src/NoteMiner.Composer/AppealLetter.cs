using NoteMiner.Composer.Citations;

namespace NoteMiner.Composer;

/// <summary>
/// A composed letter: its Markdown (LF line ends), the same letter as DOCX, and every quote it prints with its
/// location (the <c>--evidence</c> list).
/// </summary>
public sealed record AppealLetter(string Markdown, byte[] Docx, IReadOnlyList<Citation> Citations);
