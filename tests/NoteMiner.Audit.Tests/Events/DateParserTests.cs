using NoteMiner.Audit.Events;

namespace NoteMiner.Audit.Tests.Events;

public sealed class DateParserTests
{
    [Theory]
    [InlineData("03/04/2026")]
    [InlineData("3/4/2026")]
    [InlineData("3/4/26")]
    [InlineData("03-04-2026")]
    [InlineData("2026-03-04")]
    [InlineData("2026/03/04")]
    [InlineData("March 4, 2026")]
    [InlineData("March 4 2026")]
    [InlineData("Mar 4 2026")]
    [InlineData("Mar. 4, 2026")]
    [InlineData("mar 4th, 2026")]
    [InlineData("04-Mar-2026")]
    [InlineData("4-Mar-26")]
    [InlineData("4 March 2026")]
    public void Should_ParseMarchFourth_When_WrittenInAnySupportedForm(string text)
    {
        Assert.True(DateParser.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2026, 3, 4), date);
    }

    [Theory]
    [InlineData("by 09/2026", 2026, 9)]
    [InlineData("in September 2026", 2026, 9)]
    [InlineData("Sept 2026", 2026, 9)]
    public void Should_ReadAMonth_When_NoDayIsGiven(string text, int year, int month)
    {
        var mention = Assert.Single(DateParser.FindAll(text));

        Assert.True(mention.MonthOnly);
        Assert.Equal(new DateOnly(year, month, 1), mention.Date);
    }

    [Theory]
    [InlineData("hospitalized 02/10–02/14/2026", "2026-02-10", "2026-02-14")]
    [InlineData("hospitalized 02/10-02/14/2026", "2026-02-10", "2026-02-14")]
    [InlineData("hospitalized 2/10/2026 - 2/14/2026", "2026-02-10", "2026-02-14")]
    [InlineData("hospitalized 02/10 to 02/14/26", "2026-02-10", "2026-02-14")]
    [InlineData("admitted 12/30–01/03/2026", "2025-12-30", "2026-01-03")]
    [InlineData("stay Feb 10–14, 2026", "2026-02-10", "2026-02-14")]
    public void Should_TakeTheAdmissionDate_When_TextHasARange(string text, string start, string end)
    {
        var mention = Assert.Single(DateParser.FindAll(text));

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), mention.Date);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), mention.End);
    }

    [Theory]
    [InlineData("seen in ED on 2/10", "2026-03-04", "2026-02-10")]
    [InlineData("admitted on 12/20", "2026-01-05", "2025-12-20")]
    [InlineData("visit March 2", "2026-03-04", "2026-03-02")]
    public void Should_InferTheYear_When_AReferenceDateIsKnown(string text, string reference, string expected)
    {
        var date = DateParser.First(text, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("seen in ED on 2/10")]
    [InlineData("BP 128/76")]
    [InlineData("Mini-Cog 4/5")]
    [InlineData("13/45/2026")]
    [InlineData("02/30/2026")]
    [InlineData("take 1/2 tablet")]
    [InlineData("MoCA 24/30")]
    [InlineData("may need help")]
    public void Should_FindNoDate_When_TextHasNoneOrItIsInvalid(string text)
    {
        Assert.Empty(DateParser.FindAll(text));
    }

    [Fact]
    public void Should_ListDatesInOrderWithPositions_When_TextHasSeveral()
    {
        const string Text = "Admitted 02/10/2026; care plan revised March 1, 2026; next review 2026-06-01.";

        var mentions = DateParser.FindAll(Text);

        Assert.Equal(
            [new DateOnly(2026, 2, 10), new DateOnly(2026, 3, 1), new DateOnly(2026, 6, 1)],
            mentions.Select(m => m.Date));
        Assert.Equal("March 1, 2026", Text.Substring(mentions[1].Index, mentions[1].Length));
    }
}
