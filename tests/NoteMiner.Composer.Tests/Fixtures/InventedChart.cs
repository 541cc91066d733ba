using NoteMiner.Audit;
using static NoteMiner.ElementLabel;

namespace NoteMiner.Composer.Tests.Fixtures;

/// <summary>
/// An invented patient's chart (no real person): a two-page care plan, a discharge summary and a faxed, OCRed
/// cardiology note, with audits built by hand the way the audit stage reports them.
/// </summary>
internal static class InventedChart
{
    public const string Folder = "charts/Q07";

    public static ExtractedDocument CarePlan { get; } = Documents.Pdf(
        $"{Folder}/care_plan.pdf",
        [
            "COMPREHENSIVE CARE PLAN",
            "Patient: Marta Quill    DOB: 04/12/1951    Plan date: 01/15/2026",
            "Problem list:",
            "1. Type 2 diabetes with CKD stage 3a - uncontrolled, A1c 8.9% (12/2025)",
            "2. Heart failure with reduced EF (35%) - NYHA II, stable on current regimen",
            "3. Osteoarthritis of both knees - limits walking to one block",
            "Goals: lower A1c from 8.9% to below 8.0% by 07/2026; fasting glucose checked daily",
            "and log brought to each visit. Keep weight within 2 lb of 171 lb dry weight.",
            "Medication review: reconciled 9 medications with patient and daughter on 01/15/2026;",
            "stopped duplicate metoprolol tartrate; pill organizer set up; misses evening doses 2x/week.",
        ],
        [
            "Functional status: independent in ADLs; needs help with shopping and driving (IADLs).",
            "Mini-Cog 4/5. One fall in 11/2025 without injury; uses a cane outdoors.",
            "Psychosocial: PHQ-9 score 7 (mild); lives with daughter; attends church weekly.",
            "Home environment: second-floor apartment, 14 stairs with a handrail on one side only;",
            "loose bathroom rug removed; grab bar ordered for the shower.",
            "Caregiver: daughter Lena lives with patient, manages medications and drives to visits;",
            "works full time and reports feeling stretched - respite information given.",
            "Interventions: RN care manager calls every 2 weeks to review weights and glucose log;",
            "PCP adjusts insulin; cardiology follow-up 04/2026; PT referral for strength and balance.",
            "Revision 03/02/2026 after hospitalization: furosemide increased to 40 mg daily, daily",
            "weights added, low-sodium diet teaching repeated with daughter.",
            "Care plan reviewed with patient and daughter; copy given on paper 03/02/2026. Patient agrees",
            "with the plan.",
            "Community resources: referred to the county Meals on Wheels program 02/01/2026 and to the",
            "senior center's diabetes class (Tuesdays); transport through the county van service.",
            "CCM time 02/2026: 24 min phone call with daughter about weights and low-sodium meals, 12 min coordination with cardiology nurse about the furosemide dose and BNP result, 9 min arranging Meals on Wheels start date and the county van for the 03/02 visit, 6 min reviewing the glucose log sent through the portal; total 51 min for the month, exceeding the 20 minute threshold.",
            "Home: safe.",
            "Caregiver: N/A",
        ]);

    public static ExtractedDocument Discharge { get; } = Documents.Pdf(
        $"{Folder}/discharge_summary.pdf",
        [
            "DISCHARGE SUMMARY",
            "Admitted: 02/20/2026    Discharged: 02/24/2026",
            "Reason for admission: acute on chronic systolic heart failure with *volume overload*.",
        ]);

    public static ExtractedDocument CardiologyFax { get; } = Documents.Scan(
        $"{Folder}/scans/cardiology_fax.pdf",
        [
            "Cardiology note faxed to PCP 01/28/2026",
            "Plan shared with Dr. Okafor's office: continue carvedilol, recheck BNP in 4 weeks;",
            "results to be faxed to the CCM nurse.",
        ]);

    public static IReadOnlyList<ExtractedDocument> All { get; } = [CarePlan, Discharge, CardiologyFax];

    /// <summary>Every element CCM02 and CCM06 turn on is present; the plan was revised after the admission and shared.</summary>
    public static CarePlanAudit Complete() => Audit(
        [
            Present(ProblemList, Ev(CarePlan, 1, 4, 4), Ev(CarePlan, 1, 5, 5), Ev(CarePlan, 1, 6, 6)),
            Present(Goals, Ev(CarePlan, 1, 7, 8)),
            Present(MedicationReview, Ev(CarePlan, 1, 9, 10)),
            Present(FunctionalCognitive, Ev(CarePlan, 2, 1, 1), Ev(CarePlan, 2, 2, 2)),

            // The first passage was reworded somewhere upstream: it must be dropped, the second one used.
            Present(Psychosocial, Ev(CarePlan, 2, 3, 3) with { Text = "Psychosocial: PHQ-9 score 7 (moderate)" }, Ev(CarePlan, 2, 3, 3)),
            Present(Environmental, Ev(CarePlan, 2, 4, 5)),
            Present(Caregiver, Ev(CarePlan, 2, 6, 7)),
            Present(Interventions, Ev(CarePlan, 2, 8, 9)),
            Present(PlanRevision, Ev(CarePlan, 2, 10, 11)),
            Present(PlanShared, Ev(CarePlan, 2, 12, 13)),
            Present(CommunityResources, Ev(CarePlan, 2, 14, 15)),
            Present(CareCoordination, Ev(CardiologyFax, 1, 2, 3)),
            Present(TimeLog, Ev(CarePlan, 2, 16, 16)),
        ],
        [Admission(revised: true)],
        revised: true,
        new PlanSharing(new DateOnly(2026, 3, 2), SharingMethod.Paper, true, Ev(CarePlan, 2, 12, 13)));

    /// <summary>The home is "safe" by default only, the caregiver field is N/A, and no revision follows the admission.</summary>
    public static CarePlanAudit WithGaps() => Audit(
        [
            Present(ProblemList, Ev(CarePlan, 1, 4, 4), Ev(CarePlan, 1, 5, 5)),
            Present(Goals, Ev(CarePlan, 1, 7, 8)),
            Present(MedicationReview, Ev(CarePlan, 1, 9, 10)),
            Present(FunctionalCognitive, Ev(CarePlan, 2, 1, 1)),
            Present(Psychosocial, Ev(CarePlan, 2, 3, 3)),
            new ElementFinding(Environmental, ElementStatus.Weak, 0.3, "default \"safe\" only", [Ev(CarePlan, 2, 17, 17)]),
            new ElementFinding(Caregiver, ElementStatus.Missing, 0, "N/A without a reason", []) { Negated = [Ev(CarePlan, 2, 18, 18)] },
            Present(Interventions, Ev(CarePlan, 2, 8, 9)),
            Present(PlanShared, Ev(CarePlan, 2, 12, 13)),
        ],
        [Admission(revised: false)],
        revised: false,
        new PlanSharing(new DateOnly(2026, 3, 2), SharingMethod.Paper, true, Ev(CarePlan, 2, 12, 13)));

    /// <summary>Evidence whose text is the cited lines joined with single spaces, as the audit reports it.</summary>
    public static Evidence Ev(ExtractedDocument document, int page, int first, int last)
    {
        var lines = document.Pages[page - 1].Lines.Where(l => l.Number >= first && l.Number <= last).Select(l => l.Text);
        var source = document.Pages[page - 1].Source;
        return new Evidence(document.Path, page, first, last, string.Join(' ', lines), source, 0.9, Templated: false);
    }

    private static ChartEvent Admission(bool revised) =>
        new(ChartEventType.Hospitalization, new DateOnly(2026, 2, 20), Ev(Discharge, 1, 2, 3))
        {
            Revision = revised ? new EventRevision(new DateOnly(2026, 3, 2), Ev(CarePlan, 2, 10, 11)) : null,
        };

    private static ElementFinding Present(ElementLabel label, params Evidence[] evidence) =>
        new(label, ElementStatus.Present, 0.9, "patient-specific", evidence);

    private static CarePlanAudit Audit(IReadOnlyList<ElementFinding> found, IReadOnlyList<ChartEvent> events, bool? revised, PlanSharing? sharing)
    {
        var elements = ElementLabels.Checklist
            .Select(label => found.FirstOrDefault(f => f.Element == label) ?? new ElementFinding(label, ElementStatus.Missing, 0, "not found", []))
            .ToList();
        return new CarePlanAudit("Q07", All.Select(DocumentSummary.Of).ToList(), elements, events, revised, sharing, []);
    }
}
