using NoteMiner.Composer.Tests.Fixtures;

namespace NoteMiner.Composer.Tests;

/// <summary>
/// Rendered letters against <c>Golden/*.out.md</c>. Set <c>NOTEMINER_UPDATE_GOLDEN=1</c> to rewrite the expected
/// files after an intended change, then review the diff.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases() => new(GoldenCase.Names());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_RenderTheExpectedLetter_When_GoldenCaseIsComposed(string name)
    {
        var golden = GoldenCase.Load(name);

        var letter = GoldenCase.Composer().Compose(golden.Request()).Letter;

        Assert.NotNull(letter);
        Assert.DoesNotContain('\r', letter.Markdown);
        if (Environment.GetEnvironmentVariable("NOTEMINER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden.ExpectedPath, letter.Markdown);
        }

        Assert.True(File.Exists(golden.ExpectedPath), $"{golden.ExpectedPath} is missing; run with NOTEMINER_UPDATE_GOLDEN=1");
        var expected = File.ReadAllText(golden.ExpectedPath).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, letter.Markdown);
    }

    [Fact]
    public void Should_FindGoldenCases_When_TheFolderIsScanned()
    {
        Assert.True(GoldenCase.Names().Count() >= 4);
    }
}
