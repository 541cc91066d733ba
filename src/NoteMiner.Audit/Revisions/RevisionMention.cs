namespace NoteMiner.Audit.Revisions;

/// <summary>What a passage says about a plan revision: whether it says nothing changed, what changed, and when.</summary>
internal sealed record RevisionMention(bool NoChanges, bool SaysWhatChanged, DateOnly? Date)
{
    /// <summary>A revision in the CMS sense: dated and saying what changed.</summary>
    public bool IsRevision => !NoChanges && SaysWhatChanged && Date is not null;
}
