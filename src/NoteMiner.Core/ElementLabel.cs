namespace NoteMiner;

/// <summary>
/// The care-plan elements of DESIGN.md, plus <see cref="Other"/>. The wire names are snake_case
/// (<c>problem_list</c>, <c>medication_review</c>, …); see <see cref="ElementLabels"/>.
/// </summary>
public enum ElementLabel
{
    ProblemList,
    Prognosis,
    Goals,
    SymptomManagement,
    Interventions,
    MedicationReview,
    FunctionalCognitive,
    Psychosocial,
    Environmental,
    Caregiver,
    Barriers,
    Preferences,
    CommunityResources,
    CareCoordination,
    AdvanceDirectives,
    ReviewSchedule,
    PlanRevision,
    PlanShared,
    Consent,
    TimeLog,
    Other,
}
