using System.Globalization;
using System.Text.Json;
using NoteMiner.Samples.Tests.Generation;
using NoteMiner.Testing;

namespace NoteMiner.Samples.Tests;

/// <summary>The sample claims follow CONTRACT.md, and the two care plans share templated passages on purpose.</summary>
public sealed class SampleClaimTests
{
    [Theory]
    [InlineData("maria-kowalski", "Maria Kowalski", "2026-03-31")]
    [InlineData("james-okafor", "James Okafor", "2026-04-30")]
    public void Should_HoldEveryContractField_When_ClaimIsRead(string chart, string patient, string dateOfService)
    {
        using var claim = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Samples, chart, "claim.json")));
        var root = claim.RootElement;

        foreach (var field in new[] { "claimNumber", "patientName", "patientId", "dateOfService", "payer", "payerAddress", "denialCode" })
        {
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty(field).GetString()), field);
        }

        foreach (var (group, field) in new[] { ("practice", "name"), ("practice", "address"), ("practice", "phone"), ("signer", "name"), ("signer", "title") })
        {
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty(group).GetProperty(field).GetString()), $"{group}.{field}");
        }

        Assert.Equal(patient, root.GetProperty("patientName").GetString());
        Assert.Equal("CCM02", root.GetProperty("denialCode").GetString());
        Assert.Equal(dateOfService, root.GetProperty("dateOfService").GetString());
        Assert.True(DateOnly.TryParseExact(dateOfService, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
    }

    [Fact]
    public void Should_ShareAtLeastThreeTemplatedPassages_When_ComparingTheTwoCarePlans()
    {
        var maria = Paragraphs("maria-kowalski/care_plan.txt", "Maria Kowalski");
        var james = Paragraphs("james-okafor/care_plan.txt", "James Okafor");

        var shared = maria.Intersect(james).ToList();

        Assert.True(shared.Count >= 3, $"only {shared.Count} shared passages");
        Assert.Contains("Goals: Patient will improve self-management of chronic conditions and comply with medication regimen.", shared);
    }

    /// <summary>A plan's long paragraphs with the patient's name masked, as a boilerplate detector would compare them.</summary>
    private static HashSet<string> Paragraphs(string source, string patient)
    {
        var file = SampleGenerator.Files.Single(f => f.Source == source);
        return SampleGenerator.Source(file).Blocks
            .Where(b => b.Kind == BlockKind.Paragraph && b.Text.Length >= 60)
            .Select(b => b.Text.Replace(patient, "<patient>", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
    }
}
