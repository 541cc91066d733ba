using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NoteMiner.Pipeline.Caching;

/// <summary>
/// Serializes an analysis for the store: JSON through a source-generated context (no reflection at start-up),
/// deflated. Computed properties are not stored; the path is stored empty and given back on load.
/// </summary>
internal static class AnalysisCodec
{
    public static byte[] Encode(AnalyzedDocument analysis)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(zip, analysis.WithPath(""), AnalysisJsonContext.Default.AnalyzedDocument);
        }

        return buffer.ToArray();
    }

    /// <summary>The analysis attributed to <paramref name="path"/>; throws <see cref="JsonException"/> or <see cref="InvalidDataException"/> on a damaged payload.</summary>
    public static AnalyzedDocument Decode(byte[] payload, string path)
    {
        using var zip = new ZLibStream(new MemoryStream(payload), CompressionMode.Decompress);
        var analysis = JsonSerializer.Deserialize(zip, AnalysisJsonContext.Default.AnalyzedDocument)
            ?? throw new JsonException("empty payload");
        return analysis.WithPath(path);
    }
}

[JsonSourceGenerationOptions(IgnoreReadOnlyProperties = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AnalyzedDocument))]
internal sealed partial class AnalysisJsonContext : JsonSerializerContext;
