using NoteMiner.Audit;

namespace NoteMiner.Composer.Readiness;

/// <summary>How letters and messages name events.</summary>
internal static class EventNames
{
    /// <summary>The wire name: <c>hospitalization</c>, <c>ed_visit</c>, <c>other_change</c>.</summary>
    public static string Id(ChartEventType type) => type switch
    {
        ChartEventType.Hospitalization => "hospitalization",
        ChartEventType.EdVisit => "ed_visit",
        _ => "other_change",
    };

    /// <summary>A noun phrase: "hospitalization", "emergency department visit", "significant change in condition".</summary>
    public static string Noun(ChartEventType type) => type switch
    {
        ChartEventType.Hospitalization => "hospitalization",
        ChartEventType.EdVisit => "emergency department visit",
        _ => "significant change in condition",
    };
}
