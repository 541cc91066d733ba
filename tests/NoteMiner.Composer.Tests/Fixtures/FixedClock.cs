namespace NoteMiner.Composer.Tests.Fixtures;

/// <summary>A clock stopped at one instant, in UTC, so letters carry a stable date.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock LetterDay { get; } = new(new DateTimeOffset(2026, 3, 16, 15, 30, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
