using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace NoteMiner.Samples.Tests.Generation;

/// <summary>
/// Turns a one-page text PDF into what a fax or scanner delivers: rendered at 200 dpi in grey with
/// <c>pdftoppm</c>, tilted by a fraction of a degree, sprinkled with seeded noise, JPEG-encoded with
/// leptonica (the library Tesseract reads with) and embedded as the only content of a new PDF page,
/// so the page has no text layer at all.
/// </summary>
internal static partial class ScannedPageWriter
{
    private const int Dpi = 200;

    public static byte[] Render(byte[] textPdf, double tiltDegrees, int seed, int jpegQuality)
    {
        var folder = Directory.CreateTempSubdirectory("noteminer-scan-").FullName;
        try
        {
            var pdfPath = Path.Combine(folder, "page.pdf");
            File.WriteAllBytes(pdfPath, textPdf);
            Run("pdftoppm", $"-r {Dpi} -gray -singlefile {pdfPath} {Path.Combine(folder, "page")}");
            var image = Greymap.Read(File.ReadAllBytes(Path.Combine(folder, "page.pgm")));
            var degraded = image.Rotate(tiltDegrees).AddNoise(new Random(seed), sigma: 7, speckles: 2500);
            var pgmPath = Path.Combine(folder, "scan.pgm");
            File.WriteAllBytes(pgmPath, degraded.ToPgm());
            var jpegPath = Path.Combine(folder, "scan.jpg");
            EncodeJpeg(pgmPath, jpegPath, jpegQuality);

            var builder = new PdfDocumentBuilder();
            builder.DocumentInformation.Producer = "NoteMiner sample generator (scan)";
            var page = builder.AddPage(PageSize.Letter);
            page.AddJpeg(File.ReadAllBytes(jpegPath), new PdfRectangle(0, 0, 612, 792));
            return PdfIdentity.MakeDeterministic(builder.Build());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void EncodeJpeg(string pgmPath, string jpegPath, int quality)
    {
        var pix = PixRead(pgmPath);
        if (pix == IntPtr.Zero)
        {
            throw new InvalidOperationException("leptonica could not read the rendered page");
        }

        try
        {
            if (PixWriteJpeg(jpegPath, pix, quality, 0) != 0)
            {
                throw new InvalidOperationException("leptonica could not write the JPEG");
            }
        }
        finally
        {
            PixDestroy(ref pix);
        }
    }

    private static void Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{tool} did not start");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{tool} failed ({process.ExitCode}): {errors}"));
        }
    }

    [LibraryImport("liblept.so.5", EntryPoint = "pixRead", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr PixRead(string filename);

    [LibraryImport("liblept.so.5", EntryPoint = "pixWriteJpeg", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int PixWriteJpeg(string filename, IntPtr pix, int quality, int progressive);

    [LibraryImport("liblept.so.5", EntryPoint = "pixDestroy")]
    private static partial void PixDestroy(ref IntPtr pix);

    /// <summary>An 8-bit grey image in memory, as a binary PGM (P5) holds it.</summary>
    private sealed record Greymap(int Width, int Height, byte[] Pixels)
    {
        public static Greymap Read(byte[] pgm)
        {
            var fields = new List<string>();
            var i = 0;
            while (fields.Count < 4)
            {
                while (char.IsWhiteSpace((char)pgm[i]))
                {
                    i++;
                }

                var start = i;
                while (!char.IsWhiteSpace((char)pgm[i]))
                {
                    i++;
                }

                fields.Add(Encoding.ASCII.GetString(pgm, start, i - start));
            }

            if (fields[0] != "P5" || fields[3] != "255")
            {
                throw new InvalidOperationException("pdftoppm did not write an 8-bit binary PGM");
            }

            var width = int.Parse(fields[1], CultureInfo.InvariantCulture);
            var height = int.Parse(fields[2], CultureInfo.InvariantCulture);
            return new Greymap(width, height, pgm[(i + 1)..(i + 1 + width * height)]);
        }

        /// <summary>Rotates about the centre with bilinear sampling, bringing in white at the edges.</summary>
        public Greymap Rotate(double degrees)
        {
            var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
            var (cx, cy) = (Width / 2.0, Height / 2.0);
            var output = new byte[Pixels.Length];
            for (var y = 0; y < Height; y++)
            {
                for (var x = 0; x < Width; x++)
                {
                    var sx = cos * (x - cx) + sin * (y - cy) + cx;
                    var sy = -sin * (x - cx) + cos * (y - cy) + cy;
                    output[y * Width + x] = Sample(sx, sy);
                }
            }

            return this with { Pixels = output };
        }

        /// <summary>Grey noise over the page plus dark specks, as a worn scanner glass leaves them.</summary>
        public Greymap AddNoise(Random random, double sigma, int speckles)
        {
            var output = (byte[])Pixels.Clone();
            for (var i = 0; i < output.Length; i++)
            {
                var gauss = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                output[i] = (byte)Math.Clamp(output[i] + gauss * sigma, 0, 255);
            }

            for (var s = 0; s < speckles; s++)
            {
                var (x, y) = (random.Next(Width - 2), random.Next(Height - 2));
                output[y * Width + x] = output[y * Width + x + 1] = (byte)random.Next(40, 120);
            }

            return this with { Pixels = output };
        }

        public byte[] ToPgm() => [.. Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n"), .. Pixels];

        private byte Sample(double x, double y)
        {
            var (x0, y0) = ((int)Math.Floor(x), (int)Math.Floor(y));
            if (x0 < 0 || y0 < 0 || x0 + 1 >= Width || y0 + 1 >= Height)
            {
                return 255;
            }

            var (fx, fy) = (x - x0, y - y0);
            var top = Pixels[y0 * Width + x0] * (1 - fx) + Pixels[y0 * Width + x0 + 1] * fx;
            var bottom = Pixels[(y0 + 1) * Width + x0] * (1 - fx) + Pixels[(y0 + 1) * Width + x0 + 1] * fx;
            return (byte)Math.Round(top * (1 - fy) + bottom * fy);
        }
    }
}
