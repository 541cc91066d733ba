using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NoteMiner.Cli.Bench;

/// <summary>
/// Writes a made-up chart of any length for benchmarks: per page a running header and footer, a heading,
/// wrapped paragraphs, and in turn a medication table or two columns. Seeded, so every run writes the same file.
/// </summary>
internal static class SyntheticChartPdf
{
    private static readonly string[] Words =
    [
        "patient", "reports", "improved", "breathing", "since", "the", "last", "visit", "and", "walks", "daily",
        "with", "a", "cane", "blood", "pressure", "reviewed", "at", "home", "log", "shows", "readings", "below",
        "target", "goal", "is", "to", "keep", "A1c", "under", "8%", "by", "September", "caregiver", "helps",
        "medications", "reconciled", "no", "changes", "follow", "up", "in", "two", "weeks", "nurse", "will", "call",
    ];

    private static readonly string[] Headings = ["Assessment", "Care Plan Goals", "Interventions", "Medication Review", "Plan"];

    public static byte[] Write(int pages)
    {
        var random = new Random(20260304);
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        for (var number = 1; number <= pages; number++)
        {
            var page = builder.AddPage(PageSize.Letter);
            page.AddText("Riverside Primary Care - Chronic Care Management", 8, new PdfPoint(72, 760), regular);
            page.AddText(Headings[number % Headings.Length], 14, new PdfPoint(72, 720), bold);
            var y = Paragraphs(page, regular, random, 72, 700, 468, 18);
            if (number % 2 == 0)
            {
                Table(page, regular, y - 20);
            }
            else
            {
                Paragraphs(page, regular, random, 72, y - 20, 220, 12);
                Paragraphs(page, regular, random, 320, y - 20, 220, 12);
            }

            page.AddText($"Page {number} of {pages}", 8, new PdfPoint(280, 30), regular);
        }

        return builder.Build();
    }

    private static double Paragraphs(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, Random random, double x, double y, double width, int lines)
    {
        for (var i = 0; i < lines; i++, y -= 12)
        {
            var line = "";
            while (true)
            {
                var word = Words[random.Next(Words.Length)];
                var candidate = line.Length == 0 ? word : line + " " + word;
                var letters = page.MeasureText(candidate, 10, new PdfPoint(0, 0), font);
                if (letters[^1].EndBaseLine.X > width)
                {
                    break;
                }

                line = candidate;
            }

            page.AddText(line, 10, new PdfPoint(x, y), font);
        }

        return y;
    }

    private static void Table(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double y)
    {
        string[][] rows =
        [
            ["Medication", "Dose", "Frequency", "Prescriber"],
            ["Metformin", "500 mg", "twice daily", "Dr. Rivera"],
            ["Lisinopril", "10 mg", "once daily", "Dr. Rivera"],
            ["Atorvastatin", "40 mg", "at bedtime", "Dr. Chen"],
            ["Albuterol", "2 puffs", "as needed", "Dr. Okafor"],
        ];
        double[] columns = [72, 200, 290, 400];
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                page.AddText(row[c], 10, new PdfPoint(columns[c], y), font);
            }

            y -= 16;
        }
    }
}
