namespace NoteMiner.Audit.Reports;

/// <summary>Element names as an auditor reads them in a report (the wire names stay snake_case).</summary>
internal static class ElementTitles
{
    public static string Of(ElementLabel element) => element switch
    {
        ElementLabel.ProblemList => "Problem list",
        ElementLabel.Prognosis => "Expected outcome and prognosis",
        ElementLabel.Goals => "Measurable treatment goals",
        ElementLabel.SymptomManagement => "Symptom management",
        ElementLabel.Interventions => "Planned interventions",
        ElementLabel.MedicationReview => "Medication management",
        ElementLabel.FunctionalCognitive => "Functional and cognitive assessment",
        ElementLabel.Psychosocial => "Psychosocial assessment",
        ElementLabel.Environmental => "Environmental evaluation",
        ElementLabel.Caregiver => "Caregiver assessment",
        ElementLabel.Barriers => "Barriers to care",
        ElementLabel.Preferences => "Patient preferences and values",
        ElementLabel.CommunityResources => "Community resources",
        ElementLabel.CareCoordination => "Care coordination",
        ElementLabel.AdvanceDirectives => "Advance directives",
        ElementLabel.ReviewSchedule => "Periodic review schedule",
        ElementLabel.PlanRevision => "Plan revision",
        ElementLabel.PlanShared => "Plan shared with patient",
        ElementLabel.Consent => "CCM consent",
        ElementLabel.TimeLog => "CCM time log",
        _ => "Other",
    };
}
