using System.Text.Json;
using NoteMiner.Composer.Claims;
using NoteMiner.Composer.Denials;
using NoteMiner.Composer.Templates;
using NoteMiner.Testing;

namespace NoteMiner.Composer.Tests.Fixtures;

/// <summary>
/// A golden case: <c>Golden/NNN-name.json</c> (<c>{"chart":"complete"|"gaps","code":"CCM02","force":false,
/// "template":"file beside it"}</c>) whose letter must equal <c>Golden/NNN-name.out.md</c>.
/// </summary>
internal sealed record GoldenCase(string Name, string Chart, string Code, bool Force, string? Template)
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "NoteMiner.Composer.Tests", "Golden");

    public string ExpectedPath => Path.Combine(Folder, Name + ".out.md");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public static GoldenCase Load(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = json.RootElement;
        return new GoldenCase(
            name,
            root.GetProperty("chart").GetString()!,
            root.GetProperty("code").GetString()!,
            root.TryGetProperty("force", out var force) && force.GetBoolean(),
            root.TryGetProperty("template", out var template) ? template.GetString() : null);
    }

    public AppealRequest Request() =>
        new(Chart switch
        {
            "complete" => InventedChart.Complete(),
            "gaps" => InventedChart.WithGaps(),
            _ => throw new InvalidOperationException($"Unknown golden chart '{Chart}'."),
        }, InventedChart.All, ExampleClaim.For(DenialCodes.Find(Code).Code), DenialCodes.Find(Code))
        {
            Force = Force,
            Template = Template is null ? null : LetterTemplate.Load(Path.Combine(Folder, Template)),
        };

    public static AppealComposer Composer() => new(AppealComposerOptions.Default with { Clock = FixedClock.LetterDay });
}
