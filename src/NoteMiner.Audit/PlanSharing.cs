namespace NoteMiner.Audit;

/// <summary>
/// When and how the plan was shared and whether the patient or caregiver agreed (null when not stated).
/// <see cref="Method"/> is null when the passage says the plan was shared but not how.
/// </summary>
public sealed record PlanSharing(DateOnly? Date, SharingMethod? Method, bool? Agreed, Evidence Evidence);
