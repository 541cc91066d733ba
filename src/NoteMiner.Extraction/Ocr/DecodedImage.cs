using NoteMiner.Extraction.Ocr.Native;

namespace NoteMiner.Extraction.Ocr;

/// <summary>A decoded page image and the resolution it declares (0 when it declares none).</summary>
internal sealed record DecodedImage(PixHandle Pix, int Width, int Height, int DeclaredDpi);
