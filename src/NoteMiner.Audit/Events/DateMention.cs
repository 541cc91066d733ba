namespace NoteMiner.Audit.Events;

/// <summary>
/// A date found in text at <see cref="Index"/>. For a range (admission–discharge) <see cref="Date"/> is the start
/// and <see cref="End"/> the end; a month-only date ("09/2026") is the first of the month.
/// </summary>
internal sealed record DateMention(int Index, int Length, DateOnly Date, bool MonthOnly)
{
    public DateOnly? End { get; init; }

    public int EndIndex => Index + Length;
}
