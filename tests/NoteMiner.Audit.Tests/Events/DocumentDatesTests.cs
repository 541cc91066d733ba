using NoteMiner.Audit.Events;

namespace NoteMiner.Audit.Tests.Events;

public sealed class DocumentDatesTests
{
    private static ExtractedDocument Document(string path, params string[] lines) =>
        new(path, DocumentKind.Text,
            [new Page(1, PageSource.Text, null, 612, 792, lines.Select((t, i) => new Line(i + 1, t, default)).ToList())], []);

    [Theory]
    [InlineData("Date of service: 03/04/2026")]
    [InlineData("Patient: Maria K.   DOS: 3/4/26")]
    [InlineData("Note date: March 4, 2026")]
    [InlineData("Date: 2026-03-04")]
    [InlineData("Dictated: 04-Mar-2026")]
    public void Should_ReadTheHeader_When_FirstPageHasADateLine(string line)
    {
        Assert.Equal(new DateOnly(2026, 3, 4), DocumentDates.Of(Document("note.txt", "PROGRESS NOTE", line, "Subjective: ...")));
    }

    [Fact]
    public void Should_PreferDateOfService_When_DictationDateComesFirst()
    {
        var document = Document("note.txt", "Dictated: 03/09/2026", "Date of birth: 01/02/1945", "Date of service: 03/04/2026");

        Assert.Equal(new DateOnly(2026, 3, 4), DocumentDates.Of(document));
    }

    [Fact]
    public void Should_NotTakeTheBirthDate_When_ItIsTheOnlyDate()
    {
        Assert.Null(DocumentDates.Of(Document("note.txt", "Date of birth: 01/02/1945", "DOB: 01/02/1945")));
    }

    [Theory]
    [InlineData("charts/H01/2026-03-04_note.pdf")]
    [InlineData("charts/H01/note_20260304.txt")]
    [InlineData("charts/H01/visit 03-04-2026.docx")]
    [InlineData("charts/H01/careplan_2026_03_04.pdf")]
    public void Should_ReadTheFileName_When_HeaderHasNoDate(string path)
    {
        Assert.Equal(new DateOnly(2026, 3, 4), DocumentDates.Of(Document(path, "CARE PLAN")));
    }

    [Fact]
    public void Should_PreferTheHeader_When_BothHaveDates()
    {
        Assert.Equal(new DateOnly(2026, 3, 4), DocumentDates.Of(Document("2025-01-01_plan.txt", "Date of service: 03/04/2026")));
    }

    [Fact]
    public void Should_ReturnNull_When_NothingIsDated()
    {
        Assert.Null(DocumentDates.Of(Document("plan.txt", "CARE PLAN")));
    }
}
