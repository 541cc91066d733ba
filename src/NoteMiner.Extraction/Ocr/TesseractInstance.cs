using System.Runtime.InteropServices;
using NoteMiner.Extraction.Ocr.Native;

namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// One initialised Tesseract (plus, on first need, an orientation detector) used by one thread at a time.
/// Instances are pooled: loading the models costs far more than recognising a small page.
/// </summary>
internal sealed class TesseractInstance : IDisposable
{
    // Tesseract's Init touches process-wide parameters (debug_file among them); initialise one at a time.
    private static readonly Lock InitGate = new();

    private readonly TessBaseApiHandle _reader;
    private readonly string _datapath;
    private TessBaseApiHandle? _orientation;

    private TesseractInstance(TessBaseApiHandle reader, string datapath)
    {
        _reader = reader;
        _datapath = datapath;
    }

    /// <summary>Loads <paramref name="language"/> from <paramref name="datapath"/>; throws ExtractionEnvironmentException when it cannot.</summary>
    public static TesseractInstance Create(string datapath, string language) =>
        new(Initialise(datapath, language, Tesseract.OemDefault), datapath);

    /// <summary>
    /// How many clockwise quarter turns put the page upright (0–3), by Tesseract's orientation detection
    /// (osd.traineddata). 0 when the page shows too little text to tell or the detector is unsure.
    /// </summary>
    public unsafe int DetectQuarterTurns(PixHandle pix, int ppi, double minConfidence)
    {
        _orientation ??= Initialise(_datapath, "osd", Tesseract.OemTesseractOnly);
        try
        {
            Tesseract.TessBaseAPISetImage2(_orientation, pix);
            Tesseract.TessBaseAPISetSourceResolution(_orientation, ppi);
            int degrees;
            float confidence;
            float scriptConfidence;
            if (Tesseract.TessBaseAPIDetectOrientationScript(_orientation, &degrees, &confidence, null, &scriptConfidence) == 0
                || confidence < minConfidence)
            {
                return 0;
            }

            // Tesseract reports how far the page is turned clockwise; the rest of a full turn undoes it.
            return (4 - (degrees / 90 % 4)) % 4;
        }
        finally
        {
            Tesseract.TessBaseAPIClear(_orientation);
        }
    }

    /// <summary>
    /// Recognises <paramref name="pix"/> and returns its lines in Tesseract's reading order, or null when the
    /// page was abandoned (over <paramref name="budget"/>, cancelled, or refused by the engine).
    /// </summary>
    public unsafe IReadOnlyList<RecognizedLine>? Recognize(PixHandle pix, int ppi, PageBudget budget)
    {
        var state = GCHandle.Alloc(budget);
        try
        {
            using var monitor = Tesseract.TessMonitorCreate();
            Tesseract.TessMonitorSetCancelFunc(monitor, &PageBudget.ShouldCancel);
            Tesseract.TessMonitorSetCancelThis(monitor, GCHandle.ToIntPtr(state));
            Tesseract.TessBaseAPISetImage2(_reader, pix);
            Tesseract.TessBaseAPISetSourceResolution(_reader, ppi);
            Tesseract.TessMonitorSetDeadlineMSecs(monitor, budget.RemainingMilliseconds);
            if (Tesseract.TessBaseAPIRecognize(_reader, monitor) != 0 || budget.IsExhausted)
            {
                return null;
            }

            return ReadLines();
        }
        finally
        {
            Tesseract.TessBaseAPIClear(_reader);
            state.Free();
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _orientation?.Dispose();
    }

    private unsafe List<RecognizedLine> ReadLines()
    {
        var lines = new List<RecognizedLine>();
        using var results = Tesseract.TessBaseAPIGetIterator(_reader);
        if (results.IsInvalid)
        {
            return lines;
        }

        var page = Tesseract.TessResultIteratorGetPageIterator(results);
        List<Word>? words = null;
        BoundingBox lineBox = default;
        do
        {
            if (Tesseract.TessPageIteratorIsAtBeginningOf(page, Tesseract.RilTextline) != 0 || words is null)
            {
                Flush(lines, lineBox, words);
                words = [];
                lineBox = Box(page, Tesseract.RilTextline) ?? default;
            }

            var text = Tesseract.TakeText(Tesseract.TessResultIteratorGetUTF8Text(results, Tesseract.RilWord))?.Trim();
            if (!string.IsNullOrEmpty(text) && Box(page, Tesseract.RilWord) is { } wordBox)
            {
                var confidence = Tesseract.TessResultIteratorConfidence(results, Tesseract.RilWord);
                words.Add(new Word(text, wordBox, Math.Clamp(confidence, 0, 100)));
            }
        }
        while (Tesseract.TessPageIteratorNext(page, Tesseract.RilWord) != 0);

        Flush(lines, lineBox, words);
        return lines;
    }

    private static void Flush(List<RecognizedLine> lines, BoundingBox box, List<Word>? words)
    {
        if (words is { Count: > 0 })
        {
            lines.Add(new RecognizedLine(box.Width > 0 ? box : BoundingBox.Enclosing(words.Select(w => w.Box)), words));
        }
    }

    private static unsafe BoundingBox? Box(nint page, int level)
    {
        int left, top, right, bottom;
        return Tesseract.TessPageIteratorBoundingBox(page, level, &left, &top, &right, &bottom) != 0
            ? new BoundingBox(left, top, right, bottom)
            : null;
    }

    private static unsafe TessBaseApiHandle Initialise(string datapath, string language, int mode)
    {
        lock (InitGate)
        {
            var api = Tesseract.TessBaseAPICreate();
            // Tesseract's warnings (e.g. "Estimating resolution") go to stderr unless debug_file redirects them.
            var name = Marshal.StringToCoTaskMemUTF8("debug_file");
            var value = Marshal.StringToCoTaskMemUTF8("/dev/null");
            try
            {
                var result = Tesseract.TessBaseAPIInit4(api, datapath, language, mode, null, 0, &name, &value, 1, 0);
                if (result != 0)
                {
                    api.Dispose();
                    throw new ExtractionEnvironmentException($"Tesseract cannot load language '{language}' from {datapath}");
                }

                Tesseract.TessBaseAPISetPageSegMode(api, Tesseract.PsmAuto);
                return api;
            }
            finally
            {
                Marshal.FreeCoTaskMem(name);
                Marshal.FreeCoTaskMem(value);
            }
        }
    }
}
