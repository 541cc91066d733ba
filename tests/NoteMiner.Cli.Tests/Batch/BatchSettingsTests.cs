using NoteMiner.Cli.Batch;
using NoteMiner.Cli.Commands;

namespace NoteMiner.Cli.Tests.Batch;

public sealed class BatchSettingsTests
{
    [Fact]
    public void Should_PlaceTheCacheBesideTheFirstReport_When_NoDbIsGiven()
    {
        Assert.Equal(Path.Combine("out", "audit.noteminer.db"), new AuditCommand.Settings { Charts = ["c"], Html = Path.Combine("out", "audit.html") }.CachePath());
        Assert.Equal("a.noteminer.db", new AuditCommand.Settings { Charts = ["c"], Json = "a.json", Md = "b.md" }.CachePath());
        Assert.Equal(".noteminer.db", new AuditCommand.Settings { Charts = ["c"] }.CachePath());
        Assert.Equal("x.db", new AuditCommand.Settings { Charts = ["c"], Json = "a.json", Db = "x.db" }.CachePath());
        Assert.Null(new AuditCommand.Settings { Charts = ["c"], NoDb = true }.CachePath());
    }

    [Fact]
    public void Should_RejectContradictions_When_Validating()
    {
        Assert.False(new AuditCommand.Settings { Charts = ["c"], Db = "x.db", NoDb = true }.Validate().Successful);
        Assert.False(new AuditCommand.Settings { Charts = ["c"], Json = "a.json", Html = "a.json" }.Validate().Successful);
        Assert.False(new AuditCommand.Settings { Charts = ["c"], Json = "a.json", Db = "a.json" }.Validate().Successful);
        Assert.False(new AuditCommand.Settings { Charts = ["c"], Jobs = 0 }.Validate().Successful);
        Assert.False(new AuditCommand.Settings().Validate().Successful);
        Assert.True(new AuditCommand.Settings { Charts = ["c"], Json = "a.json", Html = "a.html" }.Validate().Successful);
    }

    [Theory]
    [InlineData("42", 42UL)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    [InlineData("-1", ulong.MaxValue)]
    [InlineData("0", 0UL)]
    public void Should_ReadTheSeed_When_ItIsAnInteger(string text, ulong expected)
    {
        Assert.Equal(expected, SampleCommand.Settings.ParseSeed(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4.2")]
    [InlineData("abc")]
    [InlineData("99999999999999999999999")]
    public void Should_RejectTheSeed_When_ItIsNotAnInteger(string? text)
    {
        Assert.Null(SampleCommand.Settings.ParseSeed(text));
    }

    [Fact]
    public void Should_ShowProgress_OnlyOnAnInteractiveUnredirectedTerminal()
    {
        Assert.True(BatchProgressDisplay.ShouldShow(errorRedirected: false, interactive: true));
        Assert.False(BatchProgressDisplay.ShouldShow(errorRedirected: true, interactive: true));
        Assert.False(BatchProgressDisplay.ShouldShow(errorRedirected: false, interactive: false));
    }
}
