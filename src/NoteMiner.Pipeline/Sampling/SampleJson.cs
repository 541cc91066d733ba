using System.Text.Encodings.Web;
using System.Text.Json;
using NoteMiner.Audit.Reports;

namespace NoteMiner.Pipeline.Sampling;

/// <summary>
/// Writes <c>noteminer.sample/1</c>: how the sample was drawn, gap rates per element with the charts behind each,
/// chart-level checks, and per chart its statuses. UTF-8, camelCase, nulls written.
/// </summary>
public static class SampleJson
{
    public const string Schema = "noteminer.sample/1";

    public static void Write(Stream output, SampleReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var sample = report.Sample;
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WriteString("model", report.Model);
            writer.WriteString("dir", sample.Folder);
            writer.WriteNumber("seed", sample.Seed);
            writer.WriteNumber("requested", sample.Requested);
            writer.WriteNumber("population", sample.Population);
            Strings(writer, "drawn", sample.Drawn.Select(Batch.ChartSources.IdOf));
            writer.WriteNumber("audited", report.Readable.Count);
            Strings(writer, "unreadable", report.UnreadableCharts);
            writer.WriteStartArray("elements");
            foreach (var rate in report.Rates)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rate.Element.ToName());
                writer.WriteNumber("charts", rate.Charts);
                writer.WriteNumber("present", rate.Present);
                writer.WriteNumber("weak", rate.Weak);
                writer.WriteNumber("missing", rate.Missing);
                writer.WriteNumber("gapRate", Math.Round(rate.GapRate, 4, MidpointRounding.AwayFromZero));
                writer.WriteNumber("missingRate", Math.Round(rate.MissingRate, 4, MidpointRounding.AwayFromZero));
                Strings(writer, "missingCharts", rate.MissingCharts);
                Strings(writer, "weakCharts", rate.WeakCharts);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("revisedAfterEvent");
            writer.WriteNumber("chartsWithEvents", report.ChartsWithEvents.Count);
            Strings(writer, "notRevisedCharts", report.NotRevisedCharts);
            writer.WriteEndObject();
            writer.WriteStartObject("planShared");
            writer.WriteNumber("shared", report.Readable.Count - report.NotSharedCharts.Count);
            Strings(writer, "notSharedCharts", report.NotSharedCharts);
            writer.WriteEndObject();
            Strings(writer, "templatedCharts", report.TemplatedCharts);
            WriteCharts(writer, report);
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }

    public static string ToJson(SampleReport report)
    {
        using var stream = new MemoryStream();
        Write(stream, report);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteCharts(Utf8JsonWriter writer, SampleReport report)
    {
        writer.WriteStartArray("charts");
        foreach (var chart in report.Charts)
        {
            var audit = chart.Audit;
            writer.WriteStartObject();
            writer.WriteString("chart", chart.ChartId);
            writer.WriteString("path", chart.Path);
            writer.WriteBoolean("readable", SampleReport.IsReadable(chart));
            writer.WriteNumber("gaps", audit.Elements.Count(e => e.Status != NoteMiner.Audit.ElementStatus.Present));
            writer.WriteStartObject("elements");
            foreach (var finding in audit.Elements)
            {
                writer.WriteString(finding.Element.ToName(), AuditNames.Of(finding.Status));
            }

            writer.WriteEndObject();
            if (audit.RevisedAfterEvent is { } revised)
            {
                writer.WriteBoolean("revisedAfterEvent", revised);
            }
            else
            {
                writer.WriteNull("revisedAfterEvent");
            }

            writer.WriteBoolean("planShared", audit.PlanShared is not null);
            writer.WriteBoolean("templated", audit.Templated.Count > 0);
            writer.WriteNumber("diagnostics", chart.Diagnostics.Count());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
