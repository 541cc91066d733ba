using NoteMiner.Classifier.Features;

namespace NoteMiner.Classifier.Tests.Features;

public sealed class FieldLabelTests
{
    [Theory]
    [InlineData("Caregiver assessment: N/A", "caregiver assessment")]
    [InlineData("PAST MEDICAL HISTORY: HTN, DM2, CKD 3a", "past medical history")]
    [InlineData("- Med rec: done w/ pharmacy fill history", "med rec")]
    [InlineData("2. Goals: A1c < 7 % by June", "goals")]
    public void Should_ReadTheWordsBeforeTheColon_When_PassageIsAField(string text, string expected) =>
        Assert.Equal(expected, PassageFeaturizer.FieldLabel(FeatureText.Normalize(text)));

    [Theory]
    [InlineData("Lives alone in a second-floor walk-up; daughter visits on weekends")]
    [InlineData("Daughter reports that on most days since the fall last month she has needed help: bathing, dressing")]
    [InlineData(": stray colon first")]
    public void Should_FindNoLabel_When_PassageIsProseOrTheColonComesLate(string text) =>
        Assert.Equal("", PassageFeaturizer.FieldLabel(FeatureText.Normalize(text)));

    [Fact]
    public void Should_AddFieldFeatures_When_FieldWeightIsOn()
    {
        var without = PassageFeaturizer.GramSet("Caregiver: daughter Ana, visits daily", null, FeatureOptions.Default with { FieldWeight = 0 });
        var with = PassageFeaturizer.GramSet("Caregiver: daughter Ana, visits daily", null, FeatureOptions.Default with { FieldWeight = 1 });

        Assert.True(with.IsSupersetOf(without));
        Assert.Equal(without.Count + 2, with.Count); // "caregiver" and its start-of-label bigram, as their own family
    }
}
