using NoteMiner.Composer.Denials;
using NoteMiner.Composer.Templates;
using NoteMiner.Composer.Tests.Fixtures;

namespace NoteMiner.Composer.Tests;

public sealed class TemplateTests
{
    [Fact]
    public void Should_NameTheLine_When_ATemplateReadsAnUnknownVariable()
    {
        var error = Assert.Throws<AppealInputException>(() =>
            LetterTemplate.Parse("{{ letter_date }}\nClaim {{ claim.number }}\nDear {{ patient_nmae }},\n", "practice.scriban"));

        Assert.Equal("practice.scriban", error.File);
        Assert.Contains("line 3", error.Problem, StringComparison.Ordinal);
        Assert.Contains("'patient_nmae'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_FailBeforeRendering_When_TheUnknownVariableIsInABranchNotTaken()
    {
        var error = Assert.Throws<AppealInputException>(() =>
            LetterTemplate.Parse("{{ if ready }}ok{{ else }}{{ gapz }}{{ end }}", "practice.scriban"));

        Assert.Contains("'gapz'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_AcceptVariablesTheTemplateDefines_When_ItAssignsLoopsCapturesAndDefinesFunctions()
    {
        const string text = """
            {{ greeting = "Dear Reviewer" }}{{ capture sign }}{{ signer.name }}{{ end }}
            {{ func shout(x) }}{{ ret x | string.upcase }}{{ end }}
            {{ for e in supported }}{{ shout(e.name) }}{{ end }}{{ greeting }} {{ sign }}
            """;

        var letter = Compose(LetterTemplate.Parse(text, "ok.scriban"));

        Assert.Contains("MEASURABLE TREATMENT GOALS", letter, StringComparison.Ordinal);
        Assert.Contains("Dear Reviewer Dana Whitcomb, MD", letter, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_NameTheLine_When_ATemplateReadsAnUnknownMember()
    {
        var template = LetterTemplate.Parse("Claim\n\n{{ claim.nubmer }}\n", "practice.scriban");

        var error = Assert.Throws<AppealInputException>(() => Compose(template));

        Assert.Contains("line 3", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ReportSyntaxErrorsWithTheirLine_When_ATemplateDoesNotParse()
    {
        var error = Assert.Throws<AppealInputException>(() => LetterTemplate.Parse("ok\n{{ for x in }}\n", "broken.scriban"));

        Assert.Contains("line 2", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_NotReadFiles_When_ATemplateIncludesOne()
    {
        var template = LetterTemplate.Parse("{{ include '/etc/hostname' }}", "evil.scriban");

        Assert.Throws<AppealInputException>(() => Compose(template));
    }

    [Fact]
    public void Should_NotReachDotNetMembers_When_ATemplateAsksForThem()
    {
        var template = LetterTemplate.Parse("{{ practice.name.length }}{{ practice.name.GetType }}", "evil.scriban");

        Assert.Throws<AppealInputException>(() => Compose(template));
    }

    [Fact]
    public void Should_StopARunawayLoop_When_ATemplateNeverEnds()
    {
        var template = LetterTemplate.Parse("{{ while true }}x{{ end }}", "loop.scriban");

        var error = Assert.Throws<AppealInputException>(() => Compose(template));

        Assert.Contains("line 1", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_StopRunawayRecursion_When_AFunctionCallsItself()
    {
        var template = LetterTemplate.Parse("{{ func f(n) }}{{ ret f(n + 1) }}{{ end }}{{ f(0) }}", "recursion.scriban");

        Assert.Throws<AppealInputException>(() => Compose(template));
    }

    [Fact]
    public void Should_ReadTheTemplateFile_When_Loaded()
    {
        using var folder = new NoteMiner.Testing.TempFolder();
        var path = folder.Write("letter.scriban", "Claim {{ claim.number }}\r\n");

        Assert.Equal("Claim EX-2026-000417\n", Compose(LetterTemplate.Load(path)));
        Assert.Throws<AppealInputException>(() => LetterTemplate.Load(folder.File("absent.scriban")));
    }

    [Theory]
    [InlineData("CCM02")]
    [InlineData("ccm06")]
    public void Should_EmbedAParsableTemplate_When_ADenialCodeIsRegistered(string code)
    {
        var denial = DenialCodes.Find(code);

        Assert.Equal(denial.Code, LetterTemplate.Embedded(denial.TemplateResource).Source.Split('.')[^2].ToUpperInvariant());
    }

    [Fact]
    public void Should_ListTheKnownCodes_When_ACodeIsUnknown()
    {
        var error = Assert.Throws<AppealInputException>(() => DenialCodes.Find("CCM99"));

        Assert.Contains("CCM02, CCM06", error.Message, StringComparison.Ordinal);
    }

    private static string Compose(LetterTemplate template) =>
        GoldenCase.Composer().Compose(GoldenCase.Load("001-ccm02-complete").Request() with { Template = template }).Letter!.Markdown;
}
