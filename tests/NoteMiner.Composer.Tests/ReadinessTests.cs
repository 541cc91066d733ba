using NoteMiner.Audit;
using NoteMiner.Composer.Denials;
using NoteMiner.Composer.Tests.Fixtures;

namespace NoteMiner.Composer.Tests;

public sealed class ReadinessTests
{
    private static readonly AppealComposer Composer = GoldenCase.Composer();

    [Fact]
    public void Should_RefuseWithoutALetter_When_TheChartHasGaps()
    {
        var result = Composer.Compose(new AppealRequest(InventedChart.WithGaps(), InventedChart.All, ExampleClaim.For("CCM02"), DenialCodes.Ccm02));

        Assert.True(result.Refused);
        Assert.Null(result.Letter);
        Assert.Equal(["environmental", "caregiver", "revision after hospitalization 2026-02-20"], result.Gaps.Select(g => g.Item));
        Assert.Contains("only weak", result.Gaps[0].Problem, StringComparison.Ordinal);
        Assert.Equal("missing", result.Gaps[1].Problem);
        Assert.Contains("dated on or after 2026-02-20", result.Gaps[2].Need, StringComparison.Ordinal);
        Assert.All(result.Gaps, g => Assert.StartsWith(g.Item + ": ", g.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ArgueOnlyWhatTheChartShows_When_Forced()
    {
        var result = Composer.Compose(new AppealRequest(InventedChart.WithGaps(), InventedChart.All, ExampleClaim.For("CCM02"), DenialCodes.Ccm02) { Force = true });

        var markdown = result.Letter!.Markdown;
        Assert.Equal(3, result.Gaps.Count);
        Assert.DoesNotContain("Caregiver assessment", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Environmental evaluation", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Home: safe", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("revised", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("comprehensive and individualized, and", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Letter.Citations, c => c.Element is ElementLabel.Caregiver or ElementLabel.Environmental);
    }

    [Fact]
    public void Should_TreatAPresentElementAsAGap_When_NoneOfItsQuotesVerifies()
    {
        var audit = InventedChart.Complete();
        var goals = audit[ElementLabel.Goals];
        var reworded = goals with { Evidence = [goals.Evidence[0] with { Text = "Goals: lower A1c below 7%" }] };
        audit = audit with { Elements = audit.Elements.Select(e => e.Element == ElementLabel.Goals ? reworded : e).ToList() };

        var result = Composer.Compose(new AppealRequest(audit, InventedChart.All, ExampleClaim.For("CCM02"), DenialCodes.Ccm02));

        Assert.True(result.Refused);
        var gap = Assert.Single(result.Gaps);
        Assert.Equal("goals", gap.Item);
        Assert.Contains(result.Dropped, d => d.Citation.Element == ElementLabel.Goals);
    }

    [Fact]
    public void Should_NeedNoRevision_When_TheChartHasNoEvents()
    {
        var audit = InventedChart.Complete() with { Events = [], RevisedAfterEvent = null };

        var result = Composer.Compose(new AppealRequest(audit, InventedChart.All, ExampleClaim.For("CCM02"), DenialCodes.Ccm02));

        Assert.True(result.Supported);
        Assert.DoesNotContain("revised", result.Letter!.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_RefuseCcm06_When_CoordinationIsUndocumented()
    {
        var result = Composer.Compose(new AppealRequest(InventedChart.WithGaps(), InventedChart.All, ExampleClaim.For("CCM06"), DenialCodes.Ccm06));

        Assert.True(result.Refused);
        Assert.Equal(["care_coordination", "community_resources", "time_log"], result.Gaps.Select(g => g.Item));
    }

    [Fact]
    public void Should_NotStateHowThePlanWasShared_When_TheSharingQuoteDoesNotVerify()
    {
        var audit = InventedChart.Complete();
        audit = audit with { PlanShared = audit.PlanShared! with { Evidence = audit.PlanShared.Evidence with { Text = "copy mailed" } } };

        var result = Composer.Compose(new AppealRequest(audit, InventedChart.All, ExampleClaim.For("CCM02"), DenialCodes.Ccm02));

        Assert.True(result.Supported);
        Assert.DoesNotContain("printed copy", result.Letter!.Markdown, StringComparison.Ordinal);
        Assert.Contains("The record documents that the care plan was shared", result.Letter.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_NeverQuoteTemplatedPassages_When_TheAuditFlaggedThem()
    {
        var audit = InventedChart.Complete();
        var problems = audit[ElementLabel.ProblemList];
        var first = problems.Evidence[0] with { Templated = true };
        audit = audit with
        {
            Elements = audit.Elements.Select(e => e.Element == ElementLabel.ProblemList ? problems with { Evidence = [first, .. problems.Evidence.Skip(1)] } : e).ToList(),
        };

        var letter = Composer.Compose(new AppealRequest(audit, InventedChart.All, ExampleClaim.For("CCM02"), DenialCodes.Ccm02)).Letter!;

        Assert.Equal([5, 6], letter.Citations.Where(c => c.Element == ElementLabel.ProblemList).Select(c => c.FirstLine));
        Assert.DoesNotContain(letter.Citations, c => c.FirstLine == first.FirstLine && c.Element == ElementLabel.ProblemList);
    }
}
