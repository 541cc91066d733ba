namespace NoteMiner.Cli.Tests.Commands;

public sealed class ArgumentAliasesTests
{
    [Theory]
    [InlineData("classify --jsonl -", "classify --jsonl=-")]
    [InlineData("classify --jsonl=-", "classify --jsonl=-")]
    [InlineData("classify --jsonl passages.jsonl", "classify --jsonl passages.jsonl")]
    [InlineData("sample charts --n 20 --seed 7", "sample charts -n 20 --seed 7")]
    [InlineData("sample charts --n=20", "sample charts -n 20")]
    [InlineData("audit -- --n -", "audit -- --n -")]
    public void Should_RewriteOnlyTheContractSpellingsSpectreCannotDeclare_When_ParsingArguments(string given, string expected) =>
        Assert.Equal(expected.Split(' '), ArgumentAliases.Apply(given.Split(' ')));
}
