namespace NoteMiner.Composer.Denials;

/// <summary>
/// How a letter names each element, and what a chart would need to show for it; the second is what a refusal
/// tells the user to look for.
/// </summary>
public static class ElementWording
{
    private static readonly Dictionary<ElementLabel, (string Name, string Need)> Words = new()
    {
        [ElementLabel.ProblemList] = ("Problem list", "a list of the active chronic conditions with their current status"),
        [ElementLabel.Prognosis] = ("Expected outcome and prognosis", "a patient-specific expected outcome and prognosis"),
        [ElementLabel.Goals] = ("Measurable treatment goals", "measurable, patient-specific treatment goals with a target and a time frame"),
        [ElementLabel.SymptomManagement] = ("Symptom management", "a condition-specific plan for managing symptoms"),
        [ElementLabel.Interventions] = ("Planned interventions", "the planned interventions and who is responsible for each"),
        [ElementLabel.MedicationReview] = ("Medication management", "a medication reconciliation with adherence, interactions or self-management addressed"),
        [ElementLabel.FunctionalCognitive] = ("Functional and cognitive assessment", "a functional (ADL/IADL, falls, mobility) and cognitive (e.g. Mini-Cog, MoCA) assessment"),
        [ElementLabel.Psychosocial] = ("Psychosocial assessment", "a psychosocial assessment: depression or anxiety screening, mood, social support or social needs"),
        [ElementLabel.Environmental] = ("Environmental evaluation", "an evaluation of the home environment (safety, housing, stairs, utilities)"),
        [ElementLabel.Caregiver] = ("Caregiver assessment", "who the caregiver is and their capacity, or a reasoned statement that there is none"),
        [ElementLabel.Barriers] = ("Barriers to care", "the barriers to care (cost, transport, literacy, language, access)"),
        [ElementLabel.Preferences] = ("Patient preferences and values", "the patient's own values, personal goals and preferences"),
        [ElementLabel.CommunityResources] = ("Community resources", "the community or social services ordered or referred, or an inventory of supports"),
        [ElementLabel.CareCoordination] = ("Care coordination", "the outside providers or agencies coordinated with and how information was exchanged"),
        [ElementLabel.AdvanceDirectives] = ("Advance care planning", "an advance directive, POLST or advance care planning summary"),
        [ElementLabel.ReviewSchedule] = ("Review schedule", "when the care plan is reviewed and revised"),
        [ElementLabel.PlanRevision] = ("Plan revision", "a dated revision of the care plan that says what changed"),
        [ElementLabel.PlanShared] = ("Plan shared with the patient", "the date and method a copy of the plan was given to the patient or caregiver, and their agreement"),
        [ElementLabel.Consent] = ("CCM consent", "the patient's documented consent to CCM with the required disclosures"),
        [ElementLabel.TimeLog] = ("Time log", "the CCM minutes spent, by activity and month"),
        [ElementLabel.Other] = ("Other", "other documentation"),
    };

    /// <summary>The element's name in a letter, e.g. "Measurable treatment goals".</summary>
    public static string Name(ElementLabel label) => Words[label].Name;

    /// <summary>What the chart would need to show, e.g. "measurable, patient-specific treatment goals…".</summary>
    public static string Need(ElementLabel label) => Words[label].Need;
}
