using NoteMiner.Audit;

namespace NoteMiner.Pipeline.Tests.Fixtures;

/// <summary>Invented, realistic-looking audits to look at the rendered report (no real patient text).</summary>
internal static class ShowcaseAudits
{
    public static IReadOnlyList<CarePlanAudit> Create()
    {
        var strong = Audits.Chart("H01-kowalski", new Dictionary<ElementLabel, ElementStatus>
        {
            [ElementLabel.AdvanceDirectives] = ElementStatus.Weak,
        });
        strong = strong with
        {
            Elements = strong.Elements.Select(e => e.Element switch
            {
                ElementLabel.Goals => e with
                {
                    Reason = "measurable target and date",
                    Evidence =
                    [
                        Audits.Quote("A1c < 8% by 09/2026; dry weight 168 lb, call if gain > 2 lb/day", 2, 14),
                        Audits.Quote("Walk 15 minutes after lunch 5 days a week by 04/2026.", 2, 17),
                        Audits.Quote("Blood pressure below 130/80 at the next two visits.", 2, 19),
                    ],
                },
                ElementLabel.Caregiver => e with
                {
                    Reason = "named caregiver with capacity",
                    Evidence = [Audits.Quote("Daughter Anna lives with patient, drives to visits; Zarit burden score 14 (mild).", 3, 4, ocr: true) with { OcrConfidence = 88.2 }],
                },
                ElementLabel.AdvanceDirectives => e with
                {
                    Reason = "discussed without a document or decision",
                    Evidence = [Audits.Quote("Advance directive: discussed, patient will think about it.", 4, 9)],
                },
                _ => e,
            }).ToList(),
            Events = [new ChartEvent(ChartEventType.Hospitalization, new DateOnly(2026, 2, 10), Audits.Quote("Admitted 02/10/2026 – 02/14/2026 for CHF exacerbation.", 1, 7, ocr: true))
            {
                Revision = new EventRevision(new DateOnly(2026, 2, 20), Audits.Quote("Revised 02/20/2026 after hospitalization: furosemide increased, daily weights.", 4, 2)),
            }],
            RevisedAfterEvent = true,
        };
        var templated = Audits.Chart("H02-okafor", new Dictionary<ElementLabel, ElementStatus>
        {
            [ElementLabel.Goals] = ElementStatus.Weak,
            [ElementLabel.Caregiver] = ElementStatus.Missing,
            [ElementLabel.Environmental] = ElementStatus.Weak,
            [ElementLabel.PlanRevision] = ElementStatus.Missing,
            [ElementLabel.Preferences] = ElementStatus.Missing,
            [ElementLabel.TimeLog] = ElementStatus.Missing,
        });
        templated = templated with
        {
            Elements = templated.Elements.Select(e => e.Element switch
            {
                ElementLabel.Goals => e with
                {
                    Reason = "generic goal without a target or date; templated",
                    Evidence = [Audits.Quote("Patient will improve management of chronic conditions and comply with medications.", 1, 12, templated: true)],
                },
                ElementLabel.Caregiver => e with
                {
                    Reason = "\"N/A\" without a reason",
                    Negated = [Audits.Quote("Caregiver: N/A", 1, 20)],
                },
                _ => e,
            }).ToList(),
            Events = [new ChartEvent(ChartEventType.EdVisit, new DateOnly(2026, 3, 2), Audits.Quote("Seen in ED 03/02/2026 for COPD exacerbation, prednisone burst.", 2, 3))],
            RevisedAfterEvent = false,
            PlanShared = null,
            Templated = [new TemplatedMatch(ElementLabel.Goals, "H03", 0.96)],
            Documents = [.. templated.Documents, new DocumentSummary("charts/H02-okafor/old_scan.tif", 0, [], [new Diagnostic("charts/H02-okafor/old_scan.tif", DiagnosticKind.Corrupt, "corrupt or unreadable a TIFF image")])],
        };
        var third = Audits.Chart("H03", new Dictionary<ElementLabel, ElementStatus>
        {
            [ElementLabel.Goals] = ElementStatus.Weak,
            [ElementLabel.Consent] = ElementStatus.Missing,
        }) with { Templated = [new TemplatedMatch(ElementLabel.Goals, "H02-okafor", 0.96)] };
        return [strong, templated, third];
    }
}
