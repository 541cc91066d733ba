using NoteMiner.Audit.Boilerplate;

namespace NoteMiner.Audit.Tests.Boilerplate;

public sealed class TextMaskerTests
{
    private static readonly IReadOnlySet<string> NoNames = new HashSet<string>();

    [Fact]
    public void Should_MaskNamesDatesAndNumbers_When_TheyDifferBetweenPatients()
    {
        var maria = TextMasker.Tokens("Daughter Anna will check A1c by 09/2026 and walk 30 minutes daily.", NoNames);
        var robert = TextMasker.Tokens("Daughter Lisa will check A1c by 12/2026 and walk 20 minutes daily.", NoNames);

        Assert.Equal(maria, robert);
        Assert.Equal(["daughter", "<*>", "will", "check", "<*>", "by", "<*>", "and", "walk", "<*>", "minutes", "daily"], maria);
    }

    [Fact]
    public void Should_KeepCapitalisedWords_When_TheyStartASentence()
    {
        Assert.Equal(["walk", "daily", "check", "sugars", "<*>"], TextMasker.Tokens("Walk daily. Check sugars BID", NoNames));
    }

    [Fact]
    public void Should_MaskThePatientsName_When_ItStartsASentence()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Maria" };

        Assert.Equal(["<*>", "walks", "daily"], TextMasker.Tokens("Maria walks daily", names));
    }

    [Fact]
    public void Should_CollapseRunsOfMasks_When_ANameHasSeveralWords()
    {
        Assert.Equal(
            TextMasker.Tokens("call daughter Anna Maria Lopez today", NoNames),
            TextMasker.Tokens("call daughter Sue today", NoNames));
    }

    [Fact]
    public void Should_TreatPronounsAlike_When_TemplateIsFilledInForAManAndAWoman()
    {
        Assert.Equal(
            TextMasker.Tokens("walks with her daughter and checks her sugars", NoNames),
            TextMasker.Tokens("walks with his daughter and checks him sugars", NoNames));
    }
}
