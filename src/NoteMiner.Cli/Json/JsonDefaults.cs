using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NoteMiner.Cli.Json;

/// <summary>The JSON conventions of CONTRACT.md: UTF-8, camelCase, nulls written.</summary>
internal static class JsonDefaults
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Text => "txt",
        DocumentKind.Markdown => "md",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string SourceName(PageSource source) => source == PageSource.Ocr ? "ocr" : "text";

    public static double Round(double value, int digits = 2) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
