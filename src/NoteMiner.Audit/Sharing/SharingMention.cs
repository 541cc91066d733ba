namespace NoteMiner.Audit.Sharing;

/// <summary>
/// What a passage says about sharing the plan: whether it was actually shared (not merely offered or planned),
/// how, when and whether the patient agreed.
/// </summary>
internal sealed record SharingMention(bool Shared, bool OnlyOffered, SharingMethod? Method, bool? Agreed, DateOnly? Date)
{
    /// <summary>How many of date, method and agreement it states; picks the most complete of same-day mentions.</summary>
    public int Completeness => (Date is null ? 0 : 1) + (Method is null ? 0 : 1) + (Agreed is null ? 0 : 1);
}
