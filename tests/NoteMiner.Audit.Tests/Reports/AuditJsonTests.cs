using System.Text.Json;
using NoteMiner.Audit.Reports;
using static NoteMiner.ElementLabel;

namespace NoteMiner.Audit.Tests.Reports;

public sealed class AuditJsonTests
{
    private const string Goal = "Patient will walk 30 minutes 5 days a week with daughter Anna and keep A1c ≤ 7.5% by 06/2026.";

    private static JsonElement Parse(IReadOnlyList<CarePlanAudit> audits) =>
        JsonDocument.Parse(AuditJson.ToJson(audits, "models/noteminer-v1.zip")).RootElement;

    private static IReadOnlyList<CarePlanAudit> FullCharts() => Audits.Of(
        new ChartBuilder("H01").Document("H01/2026-03-04_plan.pdf", PageSource.Ocr, 91)
            .Add(Goal, Goals, 0.91)
            .Add("Caregiver: N/A", Caregiver, negated: true, kind: PassageKind.Field)
            .Add("Admitted 02/10/2026 for CHF exacerbation", Other)
            .Add("Care plan updated 02/20/2026: furosemide increased to 40 mg daily", PlanRevision)
            .Add("Care plan shared via MyChart 03/04/2026; patient agrees", PlanShared),
        new ChartBuilder("H08").Add(Goal.Replace("Anna", "Lisa", StringComparison.Ordinal), Goals));

    [Fact]
    public void Should_MatchTheContractShape_When_ChartHasEveryKindOfFinding()
    {
        var root = Parse(FullCharts());

        Assert.Equal("noteminer.audit/1", root.GetProperty("schema").GetString());
        Assert.Equal("models/noteminer-v1.zip", root.GetProperty("model").GetString());
        var chart = root.GetProperty("charts")[0];
        Assert.Equal("H01", chart.GetProperty("chart").GetString());

        var document = chart.GetProperty("documents")[0];
        Assert.Equal("H01/2026-03-04_plan.pdf", document.GetProperty("path").GetString());
        Assert.Equal(1, document.GetProperty("pages").GetInt32());
        Assert.Equal(1, document.GetProperty("ocrPages")[0].GetInt32());
        Assert.Equal(JsonValueKind.Array, document.GetProperty("diagnostics").ValueKind);

        var elements = chart.GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(ElementLabels.Checklist.Select(l => l.ToName()), elements.Select(e => e.GetProperty("id").GetString()));
        Assert.All(elements, e => Assert.Contains(e.GetProperty("status").GetString(), new[] { "present", "weak", "missing" }));
        Assert.All(elements, e => Assert.Equal(JsonValueKind.Number, e.GetProperty("score").ValueKind));
        Assert.All(elements, e => Assert.Equal(JsonValueKind.String, e.GetProperty("reason").ValueKind));

        var goals = elements.Single(e => e.GetProperty("id").GetString() == "goals");
        Assert.Equal("weak", goals.GetProperty("status").GetString());
        AssertEvidence(goals.GetProperty("evidence")[0], Goal, "ocr");
        Assert.True(goals.GetProperty("evidence")[0].GetProperty("templated").GetBoolean());
        Assert.Equal(0.91, goals.GetProperty("evidence")[0].GetProperty("confidence").GetDouble());

        var caregiver = elements.Single(e => e.GetProperty("id").GetString() == "caregiver");
        Assert.Equal("missing", caregiver.GetProperty("status").GetString());
        Assert.Equal("Caregiver: N/A", caregiver.GetProperty("negated")[0].GetProperty("text").GetString());

        var chartEvent = chart.GetProperty("events")[0];
        Assert.Equal("hospitalization", chartEvent.GetProperty("type").GetString());
        Assert.Equal("2026-02-10", chartEvent.GetProperty("date").GetString());
        AssertEvidence(chartEvent.GetProperty("evidence"), "Admitted 02/10/2026 for CHF exacerbation", "ocr");
        Assert.Equal("2026-02-20", chartEvent.GetProperty("revision").GetProperty("date").GetString());
        Assert.True(chart.GetProperty("revisedAfterEvent").GetBoolean());

        var shared = chart.GetProperty("planShared");
        Assert.Equal("2026-03-04", shared.GetProperty("date").GetString());
        Assert.Equal("portal", shared.GetProperty("method").GetString());
        Assert.True(shared.GetProperty("agreed").GetBoolean());
        AssertEvidence(shared.GetProperty("evidence"), "Care plan shared via MyChart 03/04/2026; patient agrees", "ocr");

        var templated = chart.GetProperty("templated")[0];
        Assert.Equal("goals", templated.GetProperty("element").GetString());
        Assert.Equal("H08", templated.GetProperty("otherChart").GetString());
        Assert.InRange(templated.GetProperty("similarity").GetDouble(), 0.9, 1);
    }

    [Fact]
    public void Should_WriteNulls_When_NoEventsAndNoSharing()
    {
        var chart = Parse([Audits.Of(new ChartBuilder("H02").Add("A1c < 8% by 09/2026", Goals))])
            .GetProperty("charts")[0];

        Assert.Equal(JsonValueKind.Null, chart.GetProperty("revisedAfterEvent").ValueKind);
        Assert.Equal(JsonValueKind.Null, chart.GetProperty("planShared").ValueKind);
        Assert.Empty(chart.GetProperty("events").EnumerateArray());
        Assert.Empty(chart.GetProperty("templated").EnumerateArray());
    }

    [Fact]
    public void Should_WriteEventTypesInSnakeCase_When_EventsAreEdVisitsAndOtherChanges()
    {
        var chart = Parse([Audits.Of(new ChartBuilder("H03").Document("H03/2026-03-04_note.txt")
            .Add("ED visit 01/22/2026 for hypoglycemia", Other)
            .Add("Fell and fractured left wrist on 02/05/2026", Other))]).GetProperty("charts")[0];

        Assert.Equal(["ed_visit", "other_change"], chart.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.False(chart.GetProperty("revisedAfterEvent").GetBoolean());
        Assert.Equal(JsonValueKind.Null, chart.GetProperty("events")[0].GetProperty("revision").ValueKind);
    }

    private static void AssertEvidence(JsonElement evidence, string text, string source)
    {
        Assert.Equal(JsonValueKind.String, evidence.GetProperty("file").ValueKind);
        Assert.Equal(JsonValueKind.Number, evidence.GetProperty("page").ValueKind);
        var lines = evidence.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()).ToList();
        Assert.Equal(2, lines.Count);
        Assert.True(lines[0] <= lines[1]);
        Assert.Equal(text, evidence.GetProperty("text").GetString());
        Assert.Equal(source, evidence.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Number, evidence.GetProperty("confidence").ValueKind);
        Assert.Contains(evidence.GetProperty("templated").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        Assert.Contains(evidence.GetProperty("specific").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
    }
}
