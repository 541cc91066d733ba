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

            var lines = ReadLines();
            return RecoverSkippedLines(pix, ppi, lines, monitor, budget);
        }
        finally
        {
            Tesseract.TessBaseAPISetPageSegMode(_reader, Tesseract.PsmAuto);
            Tesseract.TessBaseAPIClear(_reader);
            state.Free();
        }
    }

    /// <summary>
    /// Tesseract's automatic layout analysis now and then drops a whole text line (seen on a clean 1-bit 200 dpi
    /// fax page: one sentence between two paragraphs never reached recognition). When a band between recognised
    /// lines holds a line of print on the freshly thresholded page, the page is read once more as a single block and the lines
    /// found inside such bands, with confident word-like text, join the page in reading order. Pages without such
    /// bands — nearly all — cost nothing extra.
    /// </summary>
    private List<RecognizedLine> RecoverSkippedLines(PixHandle pix, int ppi, List<RecognizedLine> lines, MonitorHandle monitor, PageBudget budget)
    {
        if (lines.Count < 2)
        {
            return lines;
        }

        var lineHeight = MedianHeight(lines);
        var bands = SkippedBands(lines, pix.Width, lineHeight);
        if (bands.Count == 0)
        {
            return lines;
        }

        // A fresh image: layout analysis erases what it took for pictures from its thresholded copy.
        Tesseract.TessBaseAPISetImage2(_reader, pix);
        Tesseract.TessBaseAPISetSourceResolution(_reader, ppi);
        using (var binary = Tesseract.TessBaseAPIGetThresholdedImage(_reader))
        {
            var inkPerRow = binary.IsInvalid ? [] : Leptonica.InkPerRow(binary);
            bands = bands.Where(b => HoldsInk(inkPerRow, b, lineHeight)).ToList();
        }

        if (bands.Count == 0)
        {
            return lines;
        }

        Tesseract.TessBaseAPISetPageSegMode(_reader, Tesseract.PsmSingleBlock);
        if (Tesseract.TessBaseAPIRecognize(_reader, monitor) != 0 || budget.IsExhausted)
        {
            return lines; // keep what the first pass gave
        }

        var recovered = ReadLines()
            .Where(l => IsConfidentText(l) && bands.Any(b => b.Y0 <= l.Box.Y0 && l.Box.Y1 <= b.Y1))
            .ToList();
        return recovered.Count == 0 ? lines : [.. lines.Concat(recovered).OrderBy(l => l.Box.Y0).ThenBy(l => l.Box.X0)];
    }

    /// <summary>
    /// Whether a band holds a line of print: a run of consecutive rows with ink (each at least 0.5 % black across
    /// the page) between 0.6 and 2.5 line heights tall and at least 3 % black over the run. A ruled line is too
    /// thin, a picture too tall, specks and scanner noise too faint.
    /// </summary>
    internal static bool HoldsInk(IReadOnlyList<int> inkPerRow, BoundingBox band, double lineHeight)
    {
        var width = (int)band.Width;
        var run = 0;
        long runInk = 0;
        for (var y = (int)band.Y0; y <= (int)band.Y1; y++)
        {
            var ink = y < (int)band.Y1 && y < inkPerRow.Count ? inkPerRow[y] : 0;
            if (ink * 200L >= width)
            {
                run++;
                runInk += ink;
                continue;
            }

            if (run >= 0.6 * lineHeight && run <= 2.5 * lineHeight && runInk * 100 >= 3L * width * run)
            {
                return true;
            }

            run = 0;
            runInk = 0;
        }

        return false;
    }

    /// <summary>
    /// The full-width bands between recognised lines tall enough to hold another line (1.5 times
    /// <paramref name="lineHeight"/>, the median). Margins above the first and below the last line are left alone:
    /// letterheads, logos and stamps live there.
    /// </summary>
    internal static List<BoundingBox> SkippedBands(IReadOnlyList<RecognizedLine> lines, int width, double lineHeight)
    {
        var bands = new List<BoundingBox>();
        if (lines.Count < 2)
        {
            return bands;
        }

        var minimum = Math.Max(8, lineHeight) * 1.5;
        var ordered = lines.OrderBy(l => l.Box.Y0).ToList();
        var top = ordered[0].Box.Y1;
        foreach (var line in ordered.Skip(1))
        {
            if (line.Box.Y0 - top >= minimum)
            {
                bands.Add(new BoundingBox(0, top, width, line.Box.Y0));
            }

            top = Math.Max(top, line.Box.Y1);
        }

        return bands;
    }

    internal static double MedianHeight(IReadOnlyList<RecognizedLine> lines) =>
        lines.Select(l => l.Box.Height).Order().ElementAt(lines.Count / 2);

    /// <summary>A recovered line counts when it reads like text: two or more words with letters, confidently read.</summary>
    private static bool IsConfidentText(RecognizedLine line) =>
        line.Words.Count(w => w.Text.Count(char.IsLetter) >= 2) >= 2 && line.Words.Average(w => w.Confidence ?? 0) >= 80;

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
