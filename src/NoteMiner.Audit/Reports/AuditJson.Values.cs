using System.Text.Json;

namespace NoteMiner.Audit.Reports;

/// <summary>Evidence, dates and nullable values in <c>noteminer.audit/1</c>.</summary>
public static partial class AuditJson
{
    private static void WriteEvidenceList(Utf8JsonWriter writer, string name, IReadOnlyList<Evidence> evidence)
    {
        writer.WriteStartArray(name);
        foreach (var item in evidence)
        {
            WriteEvidence(writer, item);
        }

        writer.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteStartObject();
        writer.WriteString("file", evidence.File);
        writer.WriteNumber("page", evidence.Page);
        writer.WriteStartArray("lines");
        writer.WriteNumberValue(evidence.FirstLine);
        writer.WriteNumberValue(evidence.LastLine);
        writer.WriteEndArray();
        writer.WriteString("text", evidence.Text);
        writer.WriteString("source", AuditNames.Of(evidence.Source));
        writer.WriteNumber("confidence", AuditNames.Round(evidence.Confidence));
        writer.WriteBoolean("templated", evidence.Templated);
        writer.WriteBoolean("specific", evidence.Specific);
        if (evidence.OcrConfidence is { } ocr)
        {
            writer.WriteNumber("ocrConfidence", Math.Round(ocr, 1, MidpointRounding.AwayFromZero));
        }
        else
        {
            writer.WriteNull("ocrConfidence");
        }

        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, AuditNames.Of(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } v)
        {
            writer.WriteBoolean(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
