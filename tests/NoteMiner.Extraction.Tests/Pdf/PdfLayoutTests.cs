using NoteMiner.Extraction.Ocr;
using NoteMiner.Extraction.Pdf;
using NoteMiner.Testing;

namespace NoteMiner.Extraction.Tests.Pdf;

public sealed class PdfLayoutTests
{
    private const string LeftText =
        "Mrs. Alvarez reports that her breathing has improved since the inhaler change in March and she now walks " +
        "to the mailbox every morning without stopping. She checks her blood sugar twice a day and brings the log " +
        "to each visit so that the nurse can review the readings with her.";

    private const string RightText =
        "Her daughter visits on weekends and helps with groceries, medication refills and rides to the clinic. " +
        "The care manager will call every two weeks to review symptoms, confirm that the pharmacy delivered the " +
        "new prescriptions and update the plan after any emergency visit.";

    private static readonly PdfExtractor Extractor = new(UnavailableOcrEngine.Instance);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Should_ReadColumnByColumn_When_PageHasTwoColumnsOfText(double rightColumnOffset)
    {
        var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Text(page, "Care Plan Progress Note", 200, 60, size: 16, bold: true);
        pdf.Paragraph(page, LeftText, 72, 100, width: 220);
        pdf.Paragraph(page, RightText, 322, 100 + rightColumnOffset, width: 220);

        var lines = Extract(pdf).Pages[0].Lines;

        Assert.Equal("Care Plan Progress Note", lines[0].Text);
        Assert.Equal(LeftText + " " + RightText, string.Join(' ', lines.Skip(1).Select(l => l.Text)));
        Assert.All(lines.Skip(1), l => Assert.True(l.Box.X1 < 300 || l.Box.X0 > 320, $"line mixes columns: {l.Text}"));
    }

    [Fact]
    public void Should_ReadRowByRow_When_PageHasATable()
    {
        string[][] rows =
        [
            ["Medication", "Dose", "Frequency", "Prescriber"],
            ["Metformin", "500 mg", "twice daily", "Dr. Patel"],
            ["Lisinopril", "10 mg", "once daily", "Dr. Patel"],
            ["Atorvastatin", "40 mg", "at bedtime", "Dr. Chen"],
            ["Albuterol", "2 puffs", "as needed", "Dr. Okafor"],
            ["Aspirin", "81 mg", "once daily", "Dr. Chen"],
        ];
        double[] columns = [72, 200, 290, 400];
        var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Text(page, "Current Medications", 72, 80, size: 14, bold: true);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                pdf.Text(page, rows[r][c], columns[c], 110 + (r * 16), bold: r == 0);
            }
        }

        var lines = Extract(pdf).Pages[0].Lines;

        Assert.Equal(["Current Medications", .. rows.Select(r => string.Join(' ', r))], lines.Select(l => l.Text));
        Assert.Equal(LineStyle.Bold | LineStyle.TableRow, lines[1].Style);
        Assert.All(lines.Skip(2), l => Assert.Equal(LineStyle.TableRow, l.Style));
        Assert.False(lines[0].Style.HasFlag(LineStyle.TableRow));
    }

    [Fact]
    public void Should_KeepARowWhoseCellsFillTheirColumns_When_ItsWordsStartOnTheTablesColumns()
    {
        string[][] rows =
        [
            ["Activity", "Who", "When"],
            ["Daily weights", "Patient", "Every morning"],
            ["Diabetes self-management classes", "Dietitian", "4 sessions"],
            ["Pillbox", "Daughter", "Sundays"],
        ];
        var pdf = new TestPdf();
        var page = pdf.AddPage();
        var second = 72 + pdf.Width(page, rows[2][0], 10) + 6; // a 0.6 em gap after the longest first cell
        var third = second + 90;
        double[] columns = [72, second, third];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                pdf.Text(page, rows[r][c], columns[c], 110 + (r * 14));
            }
        }

        pdf.Paragraph(page, LeftText, 72, 180, width: 460);

        var lines = Extract(pdf).Pages[0].Lines;

        Assert.All(lines.Take(4), l => Assert.True(l.Style.HasFlag(LineStyle.TableRow), $"not read as a table row: {l.Text}"));
        Assert.All(lines.Skip(4), l => Assert.False(l.Style.HasFlag(LineStyle.TableRow), $"prose read as a table row: {l.Text}"));
    }

    [Fact]
    public void Should_LeaveFormLinesAsFields_When_TheirFieldsLineUpInColumns()
    {
        string[][] rows =
        [
            ["Patient: Jane Example", "DOB: 04/12/1948", "MRN: 55012"],
            ["Caregiver: daughter", "Phone: 555-0101", "Language: English"],
        ];
        var pdf = new TestPdf();
        var page = pdf.AddPage();
        for (var r = 0; r < rows.Length; r++)
        {
            pdf.Text(page, rows[r][0], 72, 100 + (r * 14));
            pdf.Text(page, rows[r][1], 260, 100 + (r * 14));
            pdf.Text(page, rows[r][2], 420, 100 + (r * 14));
        }

        var lines = Extract(pdf).Pages[0].Lines;

        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.False(l.Style.HasFlag(LineStyle.TableRow), l.Text));
    }

    [Fact]
    public void Should_KeepLabelAndValueOnOneLine_When_PageIsAForm()
    {
        string[][] fields = [["Patient:", "Jane Example"], ["Date of birth:", "04/12/1948"], ["Caregiver:", "Daughter, lives nearby"]];
        var pdf = new TestPdf();
        var page = pdf.AddPage();
        for (var i = 0; i < fields.Length; i++)
        {
            pdf.Text(page, fields[i][0], 72, 100 + (i * 14), bold: true);
            pdf.Text(page, fields[i][1], 180, 100 + (i * 14));
        }

        pdf.Paragraph(page, LeftText, 72, 160, width: 460);

        var lines = Extract(pdf).Pages[0].Lines;

        Assert.Equal(["Patient: Jane Example", "Date of birth: 04/12/1948", "Caregiver: Daughter, lives nearby"], lines.Take(3).Select(l => l.Text));
        Assert.Equal(LeftText, string.Join(' ', lines.Skip(3).Select(l => l.Text)));
        Assert.All(lines, l => Assert.False(l.Style.HasFlag(LineStyle.TableRow), $"a form field or prose line read as a table row: {l.Text}"));
    }

    [Fact]
    public void Should_GiveTopLeftBoxesInPointsAndNumberLinesFromOne_When_PageHasText()
    {
        var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Text(page, "Goal: A1c below 8% by September", 72, 100);
        pdf.Text(page, "Reviewed with patient", 72, 130);

        var extracted = Extract(pdf).Pages[0];

        Assert.Equal((612, 792, PageSource.Text), (extracted.Width, extracted.Height, extracted.Source));
        Assert.Equal([1, 2], extracted.Lines.Select(l => l.Number));
        var box = extracted.Lines[0].Box;
        Assert.Equal(72, box.X0, 1);
        Assert.Equal(100 - 7.8, box.Y0, 1);
        Assert.Equal(100 + 2.2, box.Y1, 1);
        Assert.Equal(72 + pdf.Width(page, "Goal: A1c below 8% by September", 10), box.X1, 1);
        Assert.Equal(["Goal:", "A1c", "below", "8%", "by", "September"], extracted.Lines[0].Words!.Select(w => w.Text));
    }

    [Fact]
    public void Should_MarkHeadingsBoldAndFontSize_When_TextIsLargerOrBold()
    {
        var pdf = new TestPdf();
        var page = pdf.AddPage();
        pdf.Text(page, "Chronic Care Management Plan", 72, 70, size: 16, bold: true);
        pdf.Text(page, "Caregiver:", 72, 100, bold: true);
        pdf.Paragraph(page, LeftText + " " + RightText, 72, 114, width: 460);

        var lines = Extract(pdf).Pages[0].Lines;

        Assert.Equal(LineStyle.Heading | LineStyle.Bold, lines[0].Style);
        Assert.Equal(16, lines[0].FontSize);
        Assert.Equal(LineStyle.Bold, lines[1].Style);
        Assert.All(lines.Skip(2), l => Assert.Equal((LineStyle.None, 10.0), (l.Style, l.FontSize!.Value)));
    }

    [Fact]
    public void Should_MarkRunningHeadersAndFooters_When_TheyRepeatOnEveryPage()
    {
        var lines = Extract(ThreePagesWithFurniture()).Pages.Select(p => p.Lines).ToList();

        Assert.All(lines, page =>
        {
            Assert.Equal(LineStyle.PageFurniture, page[0].Style);
            Assert.Equal("Sunrise Family Practice", page[0].Text);
            Assert.Equal(LineStyle.PageFurniture, page[^1].Style);
            Assert.StartsWith("Page ", page[^1].Text, StringComparison.Ordinal);
            Assert.All(page.Skip(1).SkipLast(1), l => Assert.False(l.Style.HasFlag(LineStyle.PageFurniture), l.Text));
        });
    }

    [Fact]
    public void Should_DropRunningHeadersAndFooters_When_OptionsSaySo()
    {
        var options = ExtractionOptions.Default with { DropPageFurniture = true };

        var pages = Extract(ThreePagesWithFurniture(), options).Pages;

        Assert.All(pages, page =>
        {
            Assert.Equal(["Plan reviewed with the patient.", $"Visit note for page {page.Number}."], page.Lines.Select(l => l.Text));
            Assert.Equal([1, 2], page.Lines.Select(l => l.Number));
        });
    }

    [Fact]
    public void Should_ReadUprightAndGiveDisplayedBoxes_When_PageIsRotated()
    {
        // Text runs up the unrotated page; /Rotate 90 turns it upright on screen (792 wide, 612 high).
        var content = "BT /F1 11 Tf 0 1 -1 0 100 72 Tm 14 TL (Rotated page first line.) Tj (Rotated page second line.) ' ET";
        using var folder = new TempFolder();
        var path = folder.Write("rotated.pdf", HandWrittenPdf.Write([content], pageExtra: "/Rotate 90 "));

        var page = Assert.Single(Extractor.Extract(path, ExtractionOptions.Default, CancellationToken.None).Pages);

        Assert.Equal((792.0, 612.0), (page.Width, page.Height));
        Assert.Equal(["Rotated page first line.", "Rotated page second line."], page.Lines.Select(l => l.Text));
        Assert.Equal(72, page.Lines[0].Box.X0, 1);
        Assert.Equal(100 - (0.78 * 11), page.Lines[0].Box.Y0, 1);
        Assert.Equal(114 - (0.78 * 11), page.Lines[1].Box.Y0, 1);
    }

    [Fact]
    public void Should_ReadSidewaysTextAsItsOwnLineAfterTheBody_When_AMarginLabelRunsUpThePage()
    {
        var content = HandWrittenPdf.Lines("Body line one.", "Body line two.") + " BT /F1 8 Tf 0 1 -1 0 30 300 Tm (Received by fax) Tj ET";
        using var folder = new TempFolder();
        var path = folder.Write("label.pdf", HandWrittenPdf.Write([content]));

        var page = Assert.Single(Extractor.Extract(path, ExtractionOptions.Default, CancellationToken.None).Pages);

        Assert.Equal(["Body line one.", "Body line two.", "Received by fax"], page.Lines.Select(l => l.Text));
        var label = page.Lines[2].Box;
        Assert.True(label.Height > label.Width, $"a sideways label is tall and narrow: {label}");
    }

    private static TestPdf ThreePagesWithFurniture()
    {
        var pdf = new TestPdf();
        for (var number = 1; number <= 3; number++)
        {
            var page = pdf.AddPage();
            pdf.Text(page, "Sunrise Family Practice", 72, 40, size: 9);
            pdf.Text(page, "Plan reviewed with the patient.", 72, 120);
            pdf.Text(page, $"Visit note for page {number}.", 72, 140);
            pdf.Text(page, $"Page {number} of 3", 270, 770, size: 8);
        }

        return pdf;
    }

    internal static ExtractedDocument Extract(TestPdf pdf, ExtractionOptions? options = null, IOcrEngine? ocr = null)
    {
        using var folder = new TempFolder();
        var path = folder.Write("chart.pdf", pdf.Build());
        var document = new PdfExtractor(ocr ?? UnavailableOcrEngine.Instance).Extract(path, options ?? ExtractionOptions.Default, CancellationToken.None);
        return document;
    }
}
