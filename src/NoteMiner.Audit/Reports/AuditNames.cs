using System.Globalization;

namespace NoteMiner.Audit.Reports;

/// <summary>The wire names of CONTRACT.md for audit values, shared by the JSON and Markdown writers.</summary>
public static class AuditNames
{
    public static string Of(ElementStatus status) => status.ToString().ToLowerInvariant();

    public static string Of(ChartEventType type) => type switch
    {
        ChartEventType.Hospitalization => "hospitalization",
        ChartEventType.EdVisit => "ed_visit",
        _ => "other_change",
    };

    public static string Of(SharingMethod method) => method.ToString().ToLowerInvariant();

    public static string Of(PageSource source) => source == PageSource.Ocr ? "ocr" : "text";

    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
