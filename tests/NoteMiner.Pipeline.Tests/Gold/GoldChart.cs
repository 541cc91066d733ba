using System.Text.Json;
using NoteMiner.Audit;

namespace NoteMiner.Pipeline.Tests.Gold;

/// <summary>One gold element: the status a person would give it and, when present, a phrase its evidence must cite.</summary>
internal sealed record GoldElement(ElementStatus Status, string? Cite);

/// <summary>A gold event: type (<c>ed_visit</c>, …) and date.</summary>
internal sealed record GoldEvent(string Type, DateOnly Date);

/// <summary>The gold hand-off of the plan.</summary>
internal sealed record GoldSharing(string Method, DateOnly? Date, bool? Agreed);

/// <summary>A chart's <c>gold.json</c>.</summary>
internal sealed record GoldChart(
    string Chart,
    IReadOnlyDictionary<ElementLabel, GoldElement> Elements,
    IReadOnlyList<GoldEvent> Events,
    bool? RevisedAfterEvent,
    GoldSharing? PlanShared)
{
    public static GoldChart Load(string chart, string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var elements = new Dictionary<ElementLabel, GoldElement>();
        foreach (var property in root.GetProperty("elements").EnumerateObject())
        {
            var values = property.Value.EnumerateArray().Select(v => v.GetString()!).ToList();
            var status = Enum.Parse<ElementStatus>(values[0], ignoreCase: true);
            elements[ElementLabels.Parse(property.Name)] = new GoldElement(status, values.Count > 1 ? values[1] : null);
        }

        var events = root.GetProperty("events").EnumerateArray()
            .Select(e => new GoldEvent(e.GetProperty("type").GetString()!, DateOnly.Parse(e.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var revised = root.GetProperty("revisedAfterEvent");
        var shared = root.GetProperty("planShared");
        GoldSharing? sharing = shared.ValueKind == JsonValueKind.Null ? null : new GoldSharing(
            shared.GetProperty("method").GetString()!,
            shared.GetProperty("date").ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(shared.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            shared.GetProperty("agreed").ValueKind == JsonValueKind.Null ? null : shared.GetProperty("agreed").GetBoolean());
        return new GoldChart(chart, elements, events, revised.ValueKind == JsonValueKind.Null ? null : revised.GetBoolean(), sharing);
    }
}
