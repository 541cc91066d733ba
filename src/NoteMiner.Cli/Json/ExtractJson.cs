using System.Text.Json;

namespace NoteMiner.Cli.Json;

/// <summary>Writes <c>noteminer.extract/1</c>.</summary>
internal static class ExtractJson
{
    public const string Schema = "noteminer.extract/1";

    public static void Write(Stream output, IReadOnlyList<ExtractedDocument> documents, IReadOnlyList<Diagnostic> otherDiagnostics)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JsonDefaults.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteStartArray("documents");
        foreach (var document in documents)
        {
            WriteDocument(writer, document);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("diagnostics");
        WriteDiagnostics(writer, otherDiagnostics);
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
        output.Flush();
    }

    private static void WriteDocument(Utf8JsonWriter writer, ExtractedDocument document)
    {
        writer.WriteStartObject();
        writer.WriteString("path", document.Path);
        writer.WriteString("format", JsonDefaults.KindName(document.Kind));
        writer.WriteString("sha256", document.ContentHash);
        writer.WriteStartArray("pages");
        foreach (var page in document.Pages)
        {
            writer.WriteStartObject();
            writer.WriteNumber("number", page.Number);
            writer.WriteString("source", JsonDefaults.SourceName(page.Source));
            WriteNullable(writer, "ocrConfidence", page.OcrConfidence);
            writer.WriteNumber("width", JsonDefaults.Round(page.Width));
            writer.WriteNumber("height", JsonDefaults.Round(page.Height));
            writer.WriteStartArray("lines");
            foreach (var line in page.Lines)
            {
                WriteLine(writer, line);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WritePropertyName("diagnostics");
        WriteDiagnostics(writer, document.Diagnostics);
        writer.WriteEndObject();
    }

    private static void WriteLine(Utf8JsonWriter writer, Line line)
    {
        writer.WriteStartObject();
        writer.WriteNumber("number", line.Number);
        writer.WriteString("text", line.Text);
        writer.WriteStartArray("bbox");
        writer.WriteNumberValue(JsonDefaults.Round(line.Box.X0));
        writer.WriteNumberValue(JsonDefaults.Round(line.Box.Y0));
        writer.WriteNumberValue(JsonDefaults.Round(line.Box.X1));
        writer.WriteNumberValue(JsonDefaults.Round(line.Box.Y1));
        writer.WriteEndArray();
        if (line.Confidence is { } confidence)
        {
            writer.WriteNumber("confidence", JsonDefaults.Round(confidence, 1));
        }

        if (line.Style != LineStyle.None)
        {
            writer.WriteStartArray("style");
            foreach (var flag in Enum.GetValues<LineStyle>())
            {
                if (flag != LineStyle.None && line.Style.HasFlag(flag))
                {
                    writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(flag.ToString()));
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, JsonDefaults.Round(v, 1));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteDiagnostics(Utf8JsonWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        writer.WriteStartArray();
        foreach (var diagnostic in diagnostics)
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
    }
}
