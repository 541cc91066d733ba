using NoteMiner.Testing;

namespace NoteMiner.Pipeline.Tests.Fixtures;

/// <summary>Small invented text charts written into a temp folder.</summary>
internal static class Charts
{
    public const string Complete = """
        CARE PLAN
        problem_list: Type 2 diabetes (active, A1c 8.9% on 01/10/2026); CHF NYHA II (stable, EF 40%)
        goals: A1c below 8% by 09/2026; walk 20 minutes 5 days a week by 04/2026
        caregiver: N/A
        plan_shared: Copy of the care plan sent via patient portal 03/04/2026; patient agrees with plan.
        """;

    /// <summary>Writes <paramref name="count"/> chart folders named chart-01… with one or two text files each.</summary>
    public static IReadOnlyList<string> Write(TempFolder temp, int count, int filesPerChart = 2)
    {
        var folders = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            var name = $"chart-{i:00}";
            for (var f = 1; f <= filesPerChart; f++)
            {
                temp.Write($"{name}/note-{f}.txt", Complete + $"\nvisit note {f} for chart {i}: weight {150 + i} lb\n");
            }

            folders.Add(temp.File(name));
        }

        return folders;
    }
}
