using NoteMiner.Composer.Claims;
using NoteMiner.Testing;

namespace NoteMiner.Composer.Tests;

public sealed class ClaimTests
{
    [Fact]
    public void Should_ReadEveryField_When_TheClaimIsComplete()
    {
        var claim = Fixtures.ExampleClaim.For("CCM02");

        Assert.Equal(new DateOnly(2026, 2, 27), claim.DateOfService);
        Assert.Equal("Elm Street Family Medicine", claim.Practice.Name);
        Assert.Equal("Attending Physician", claim.Signer.Title);
    }

    [Fact]
    public void Should_NameEveryMissingField_When_TheClaimIsIncomplete()
    {
        const string json = """{"claimNumber":"1","patientName":"","dateOfService":"27 Feb","payer":"P","payerAddress":"A","denialCode":"CCM02","practice":{"name":"N"},"signer":"Dr"}""";

        var error = Assert.Throws<AppealInputException>(() => AppealClaimReader.Parse(json, "claim.json"));

        Assert.Equal("claim.json", error.File);
        Assert.Equal(
            "\"signer\" must be an object; \"patientName\" is empty; missing \"patientId\"; \"dateOfService\" must be a date like 2026-03-01; missing \"practice.address\"; missing \"practice.phone\"",
            error.Problem);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    public void Should_SayTheFileIsNotAClaim_When_ItIsNotAJsonObject(string json)
    {
        Assert.Throws<AppealInputException>(() => AppealClaimReader.Parse(json, "claim.json"));
    }

    [Fact]
    public void Should_ReportAnUnreadableFile_When_TheClaimIsAbsent()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<AppealInputException>(() => AppealClaimReader.Load(folder.File("claim.json")));

        Assert.Contains("cannot be read", error.Problem, StringComparison.Ordinal);
    }
}
