using NoteMiner.Classifier.Features;

namespace NoteMiner.Classifier.Tests.Features;

public sealed class FeatureTextTests
{
    [Theory]
    [InlineData("A1c 9.4% on 02/11/2026", "alc 0 . 0 % on 0 / 0 / 0")]
    [InlineData("Barricrs: not eva1uated, c0mpleted", "barricrs : not evaluated , completed")]
    [InlineData("Caregiver: N/A", "caregiver : n / a")]
    [InlineData("Goal: ________", "goal : _")]
    [InlineData("Home safety — rugs", "home safety - rugs")]
    [InlineData("  spaced\tout  ", "spaced out")]
    public void Should_NormaliseCaseDigitsAndPunctuation_When_Featurizing(string text, string expected) =>
        Assert.Equal(expected, FeatureText.Normalize(text));

    [Fact]
    public void Should_CountCuesPerLabel_When_PassageNamesElementTerms()
    {
        var cues = CueLexicon.Features(FeatureText.Normalize("POLST signed; full code; health care proxy is her son"));

        Assert.Equal(ElementLabels.All.Count, cues.Length);
        Assert.Equal(1f, cues[(int)ElementLabel.AdvanceDirectives]);
        Assert.Equal(0f, cues[(int)ElementLabel.TimeLog]);
    }
}
