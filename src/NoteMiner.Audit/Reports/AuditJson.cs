using System.Text.Encodings.Web;
using System.Text.Json;

namespace NoteMiner.Audit.Reports;

/// <summary>
/// Writes <c>noteminer.audit/1</c> (CONTRACT.md): UTF-8, camelCase, nulls written. Additive fields beyond the
/// contract's example: <c>elements[].negated</c>, <c>events[].revision</c>, evidence <c>specific</c> and
/// <c>ocrConfidence</c>, and per chart <c>unverifiedPassages</c>; <c>planShared.method</c> may be null when
/// the chart says the plan was shared but not how.
/// </summary>
public static partial class AuditJson
{
    public const string Schema = "noteminer.audit/1";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the audits of one run; <paramref name="model"/> names the classifier model used.</summary>
    public static void Write(Stream output, IReadOnlyList<CarePlanAudit> audits, string model)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(audits);
        ArgumentNullException.ThrowIfNull(model);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WriteString("model", model);
            writer.WriteStartArray("charts");
            foreach (var audit in audits)
            {
                WriteChart(writer, audit);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
        output.Flush();
    }

    /// <summary>The same document as a string.</summary>
    public static string ToJson(IReadOnlyList<CarePlanAudit> audits, string model)
    {
        using var stream = new MemoryStream();
        Write(stream, audits, model);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteChart(Utf8JsonWriter writer, CarePlanAudit audit)
    {
        writer.WriteStartObject();
        writer.WriteString("chart", audit.Chart);
        writer.WriteStartArray("documents");
        foreach (var document in audit.Documents)
        {
            WriteDocument(writer, document);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("elements");
        foreach (var element in audit.Elements)
        {
            writer.WriteStartObject();
            writer.WriteString("id", element.Element.ToName());
            writer.WriteString("status", AuditNames.Of(element.Status));
            writer.WriteNumber("score", AuditNames.Round(element.Score));
            writer.WriteString("reason", element.Reason);
            WriteEvidenceList(writer, "evidence", element.Evidence);
            WriteEvidenceList(writer, "negated", element.Negated);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("events");
        foreach (var chartEvent in audit.Events)
        {
            WriteEvent(writer, chartEvent);
        }

        writer.WriteEndArray();
        WriteNullable(writer, "revisedAfterEvent", audit.RevisedAfterEvent);
        WritePlanShared(writer, audit.PlanShared);
        writer.WriteStartArray("templated");
        foreach (var match in audit.Templated)
        {
            writer.WriteStartObject();
            writer.WriteString("element", match.Element.ToName());
            writer.WriteString("otherChart", match.OtherChart);
            writer.WriteNumber("similarity", AuditNames.Round(match.Similarity));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("unverifiedPassages", audit.UnverifiedPassages);
        writer.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter writer, DocumentSummary document)
    {
        writer.WriteStartObject();
        writer.WriteString("path", document.Path);
        writer.WriteNumber("pages", document.Pages);
        writer.WriteStartArray("ocrPages");
        foreach (var page in document.OcrPages)
        {
            writer.WriteNumberValue(page);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in document.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("file", diagnostic.File);
            if (diagnostic.Page is { } page)
            {
                writer.WriteNumber("page", page);
            }

            writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(diagnostic.Kind.ToString()));
            writer.WriteString("message", diagnostic.Message);
            writer.WriteBoolean("skipped", diagnostic.Skipped);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter writer, ChartEvent chartEvent)
    {
        writer.WriteStartObject();
        writer.WriteString("type", AuditNames.Of(chartEvent.Type));
        WriteDate(writer, "date", chartEvent.Date);
        writer.WritePropertyName("evidence");
        WriteEvidence(writer, chartEvent.Evidence);
        if (chartEvent.Revision is { } revision)
        {
            writer.WriteStartObject("revision");
            WriteDate(writer, "date", revision.Date);
            writer.WritePropertyName("evidence");
            WriteEvidence(writer, revision.Evidence);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("revision");
        }

        writer.WriteEndObject();
    }

    private static void WritePlanShared(Utf8JsonWriter writer, PlanSharing? sharing)
    {
        if (sharing is null)
        {
            writer.WriteNull("planShared");
            return;
        }

        writer.WriteStartObject("planShared");
        WriteDate(writer, "date", sharing.Date);
        if (sharing.Method is { } method)
        {
            writer.WriteString("method", AuditNames.Of(method));
        }
        else
        {
            writer.WriteNull("method");
        }

        WriteNullable(writer, "agreed", sharing.Agreed);
        writer.WritePropertyName("evidence");
        WriteEvidence(writer, sharing.Evidence);
        writer.WriteEndObject();
    }
}
