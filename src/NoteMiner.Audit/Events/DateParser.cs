using System.Globalization;
using System.Text.RegularExpressions;
using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Events;

/// <summary>
/// Finds dates in chart text, culture-invariant and US month-first: 03/04/2026, 3/4/26, 2026-03-04,
/// March 4, 2026, Mar 4 2026, 04-Mar-2026, 09/2026, March 2026, and ranges 02/10–02/14/2026.
/// Dates without a year ("on 2/10", "March 4") need a reference date and take the latest year not after it.
/// </summary>
internal static class DateParser
{
    private const string Mon =
        @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string Dash = @"\s*(?:-|–|—|to|through|thru)\s*";

    // Order matters only for ties: the longest match at the earliest position wins.
    private static readonly Regex[] Patterns =
    [
        Cue.Of(@"\b(?<m1>\d{1,2})/(?<d1>\d{1,2})(?:/(?<y1>\d{4}|\d{2}))?" + Dash + @"(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4}|\d{2})\b"),
        Cue.Of(@"\b" + Mon + @"\s+(?<d1>\d{1,2})" + Dash + @"(?<d>\d{1,2}),?\s+(?<y>\d{4})\b"),
        Cue.Of(@"\b(?<y>(?:19|20)\d{2})([-/])(?<m>\d{1,2})\1(?<d>\d{1,2})\b"),
        Cue.Of(@"\b(?<m>\d{1,2})([/-])(?<d>\d{1,2})\1(?<y>\d{4}|\d{2})\b(?![/-]\d)"),
        Cue.Of(@"\b(?<d>\d{1,2})[\s-]" + Mon + @"[\s,-]+(?<y>\d{4}|\d{2})\b"),
        Cue.Of(@"\b" + Mon + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?<y>\d{4})\b"),
        Cue.Of(@"\b" + Mon + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[,/:]?\s*\d)"),
        Cue.Of(@"\b" + Mon + @",?\s+(?<y>(?:19|20)\d{2})\b"),
        Cue.Of(@"\b(?<m>\d{1,2})/(?<y>(?:19|20)\d{2})\b"),
        Cue.Of(@"\b(?:on|since|from|dated|admitted|discharged|seen|visit)\s+(?<date>(?<m>\d{1,2})/(?<d>\d{1,2}))\b(?![/.]\d)"),
    ];

    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Every date in <paramref name="text"/>, in order, without overlaps.</summary>
    public static IReadOnlyList<DateMention> FindAll(string text, DateOnly? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<DateMention>();
        foreach (var pattern in Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (Interpret(match, reference) is { } mention)
                {
                    found.Add(mention);
                }
            }
        }

        var result = new List<DateMention>();
        var end = 0;
        foreach (var mention in found.OrderBy(m => m.Index).ThenByDescending(m => m.Length))
        {
            if (mention.Index >= end)
            {
                result.Add(mention);
                end = mention.EndIndex;
            }
        }

        return result;
    }

    /// <summary>The first date in <paramref name="text"/>, if any.</summary>
    public static DateOnly? First(string text, DateOnly? reference = null) =>
        FindAll(text, reference) is [var first, ..] ? first.Date : null;

    /// <summary>True when <paramref name="text"/> is, apart from spaces, exactly one full date.</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        var trimmed = text.Trim();
        if (FindAll(trimmed) is [var only] && only.Index == 0 && only.Length == trimmed.Length)
        {
            date = only.Date;
            return true;
        }

        date = default;
        return false;
    }

    private static DateMention? Interpret(Match match, DateOnly? reference)
    {
        var span = match.Groups["date"].Success ? match.Groups["date"] : match.Groups[0];
        var month = match.Groups["mon"].Success ? MonthOf(match.Groups["mon"].Value) : Number(match.Groups["m"]);
        var hasDay = match.Groups["d"].Success;
        var day = hasDay ? Number(match.Groups["d"]) : 1;
        int? year = match.Groups["y"].Success ? Year(match.Groups["y"].Value) : null;
        year ??= InferYear(month, day, reference);
        if (year is not { } y || Make(y, month, day) is not { } date)
        {
            return null;
        }

        if (match.Groups["d1"].Success)
        {
            return RangeStart(match, span, date, month);
        }

        return new DateMention(span.Index, span.Length, date, MonthOnly: !hasDay);
    }

    private static DateMention? RangeStart(Match match, Group span, DateOnly end, int endMonth)
    {
        var startMonth = match.Groups["m1"].Success ? Number(match.Groups["m1"]) : endMonth;
        var startYear = match.Groups["y1"].Success
            ? Year(match.Groups["y1"].Value)
            : startMonth > endMonth ? end.Year - 1 : end.Year; // a December–January stay
        if (Make(startYear, startMonth, Number(match.Groups["d1"])) is not { } start || start > end)
        {
            return null;
        }

        return new DateMention(span.Index, span.Length, start, MonthOnly: false) { End = end };
    }

    private static int? InferYear(int month, int day, DateOnly? reference)
    {
        if (reference is not { } r || Make(r.Year, month, day) is not { } candidate)
        {
            return null;
        }

        return candidate > r.AddDays(31) ? r.Year - 1 : r.Year;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Number(Group group) =>
        group.Success ? int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    private static int Year(string digits)
    {
        var value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return digits.Length == 4 ? value : value < 70 ? 2000 + value : 1900 + value;
    }

    private static int MonthOf(string name) =>
        Array.IndexOf(MonthNames, name[..3].ToLowerInvariant()) + 1;
}
