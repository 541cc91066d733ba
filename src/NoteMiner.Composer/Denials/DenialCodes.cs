using static NoteMiner.ElementLabel;

namespace NoteMiner.Composer.Denials;

/// <summary>
/// The registry of denial codes. To add one: write <c>Templates/&lt;code&gt;.scriban</c> (embedded automatically),
/// add an entry here naming the elements the denial turns on, and add a golden test.
/// </summary>
public static class DenialCodes
{
    /// <summary>CCM02: the plan is not comprehensive or individualized, not updated after changes, or not shared.</summary>
    public static DenialCode Ccm02 { get; } = new(
        "CCM02",
        "Care plan not comprehensive or individualized",
        [ProblemList, Goals, Interventions, MedicationReview, FunctionalCognitive, Psychosocial, Environmental, Caregiver, PlanShared],
        RequiresRevisionAfterEvents: true,
        "NoteMiner.Composer.Templates.ccm02.scriban");

    /// <summary>
    /// CCM06: the month's care coordination is not documented. It turns on who was coordinated with and how,
    /// the community services involved, the planned interventions with who is responsible, and the time log
    /// that supports the billed minutes.
    /// </summary>
    public static DenialCode Ccm06 { get; } = new(
        "CCM06",
        "Care coordination activities not documented",
        [CareCoordination, CommunityResources, Interventions, TimeLog],
        RequiresRevisionAfterEvents: false,
        "NoteMiner.Composer.Templates.ccm06.scriban");

    /// <summary>Every known code, in code order.</summary>
    public static IReadOnlyList<DenialCode> All { get; } = [Ccm02, Ccm06];

    /// <summary>Finds a code, ignoring case and surrounding blanks.</summary>
    public static bool TryFind(string code, out DenialCode denial)
    {
        ArgumentNullException.ThrowIfNull(code);
        denial = All.FirstOrDefault(d => string.Equals(d.Code, code.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return denial is not null;
    }

    /// <summary>Finds a code or throws an <see cref="AppealInputException"/> that lists the known codes.</summary>
    public static DenialCode Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFind(code, out var denial)
            ? denial
            : throw new AppealInputException("--code", $"unknown denial code '{code}'; known codes: {string.Join(", ", All.Select(d => d.Code))}");
    }
}
