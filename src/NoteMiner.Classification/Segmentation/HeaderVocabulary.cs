namespace NoteMiner.Classifier.Segmentation;

/// <summary>
/// Section names common in care plans and clinical notes, written for NoteMiner. A short line that is one of
/// these (any case, with or without a colon) is a header even without layout cues, as in plain text.
/// </summary>
internal static class HeaderVocabulary
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "care plan", "ccm care plan", "chronic care management", "chronic care management care plan", "comprehensive care plan",
        "plan of care", "care plan summary", "care plan review", "care plan update", "care plan revision",
        "problem list", "active problems", "problems", "chronic conditions", "diagnoses", "health concerns", "assessment",
        "assessment and plan", "assessment/plan", "a/p", "plan", "impression", "impression and plan",
        "prognosis", "expected outcome", "expected outcomes", "goals", "treatment goals", "patient goals", "goals of care",
        "measurable goals", "short-term goals", "long-term goals", "symptom management", "symptom action plan", "action plan",
        "interventions", "planned interventions", "care team", "care team members", "responsibilities",
        "medications", "medication list", "current medications", "medication review", "medication reconciliation",
        "medication management", "functional status", "functional assessment", "cognitive assessment",
        "functional and cognitive assessment", "cognition", "adls", "adl/iadl", "fall risk", "mobility",
        "psychosocial", "psychosocial assessment", "behavioral health", "mental health", "depression screening",
        "social history", "social determinants of health", "sdoh", "environmental assessment", "home environment",
        "home safety", "home safety evaluation", "caregiver", "caregiver assessment", "caregiver support",
        "support system", "barriers", "barriers to care", "patient preferences", "preferences", "values and preferences",
        "community resources", "resources", "referrals", "care coordination", "coordination of care", "outside providers",
        "advance directives", "advance care planning", "code status", "review schedule", "plan review", "follow-up",
        "follow up", "revisions", "plan revision", "revision history", "plan shared", "copy of care plan",
        "consent", "ccm consent", "patient consent", "time log", "time tracking", "ccm time", "minutes",
        "history of present illness", "hpi", "chief complaint", "review of systems", "ros", "physical exam",
        "physical examination", "exam", "vitals", "vital signs", "labs", "laboratory", "results", "allergies",
        "past medical history", "pmh", "past surgical history", "family history", "subjective", "objective",
        "signature", "signatures", "attestation", "billing", "disposition", "discharge instructions", "education",
        "patient education", "nursing note", "progress note", "telephone encounter",
    };

    public static bool Contains(string line) => Names.Contains(Clean(line));

    private static string Clean(string line) => line.Trim().TrimEnd(':', '.', ' ').Trim();
}
