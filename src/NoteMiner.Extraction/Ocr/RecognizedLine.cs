namespace NoteMiner.Extraction.Ocr;

/// <summary>One text line as Tesseract returned it, in image pixels with the origin top-left.</summary>
internal sealed record RecognizedLine(BoundingBox Box, IReadOnlyList<Word> Words);
