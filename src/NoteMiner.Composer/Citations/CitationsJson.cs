using System.Text.Encodings.Web;
using System.Text.Json;

namespace NoteMiner.Composer.Citations;

/// <summary>
/// Writes <c>noteminer.citations/1</c>: every quote a letter prints, verbatim (no ellipsis) with file, page and
/// line range; <c>trimmed</c> says the letter printed it with an ellipsis, <c>source</c> whether the page was OCRed.
/// </summary>
public static class CitationsJson
{
    public const string Schema = "noteminer.citations/1";

    public static void Write(Stream output, IReadOnlyList<Citation> citations)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(citations);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteStartArray("citations");
        foreach (var citation in citations)
        {
            writer.WriteStartObject();
            writer.WriteString("element", citation.Element.ToName());
            writer.WriteString("file", citation.File);
            writer.WriteNumber("page", citation.Page);
            writer.WriteStartArray("lines");
            writer.WriteNumberValue(citation.FirstLine);
            writer.WriteNumberValue(citation.LastLine);
            writer.WriteEndArray();
            writer.WriteString("text", citation.Text);
            writer.WriteBoolean("trimmed", citation.Trimmed);
            writer.WriteString("source", citation.Source == PageSource.Ocr ? "ocr" : "text");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The JSON as bytes.</summary>
    public static byte[] ToBytes(IReadOnlyList<Citation> citations)
    {
        using var stream = new MemoryStream();
        Write(stream, citations);
        return stream.ToArray();
    }
}
