using NoteMiner.Audit;

namespace NoteMiner.Pipeline.Tests.Fixtures;

/// <summary>Hand-built audits for report tests: every status, OCR and templated evidence, an event, sharing.</summary>
internal static class Audits
{
    public static Evidence Quote(string text, int page = 1, int line = 3, bool ocr = false, bool templated = false) =>
        new("charts/H01/care_plan.pdf", page, line, line + 1, text, ocr ? PageSource.Ocr : PageSource.Text, 0.91, templated)
        {
            OcrConfidence = ocr ? 62.5 : null,
        };

    /// <summary>A chart with <paramref name="statuses"/> overriding the default "present" per element.</summary>
    public static CarePlanAudit Chart(string id, IReadOnlyDictionary<ElementLabel, ElementStatus>? statuses = null)
    {
        var elements = ElementLabels.Checklist.Select(label =>
        {
            var status = statuses is not null && statuses.TryGetValue(label, out var s) ? s : ElementStatus.Present;
            var evidence = status == ElementStatus.Missing
                ? new List<Evidence>()
                : [Quote($"{label.ToName()} evidence for {id}")];
            var score = status switch { ElementStatus.Present => 0.9, ElementStatus.Weak => 0.3, _ => 0.0 };
            return new ElementFinding(label, status, score, $"{AuditReason(status)} ({label.ToName()})", evidence);
        }).ToList();
        return new CarePlanAudit(
            id,
            [new DocumentSummary($"charts/{id}/care_plan.pdf", 3, [2], [])],
            elements,
            [],
            null,
            new PlanSharing(new DateOnly(2026, 3, 4), SharingMethod.Portal, true, Quote("Copy sent via portal 03/04/2026")),
            []);
    }

    private static string AuditReason(ElementStatus status) => status switch
    {
        ElementStatus.Present => "specific evidence",
        ElementStatus.Weak => "only generic text",
        _ => "not found",
    };
}
