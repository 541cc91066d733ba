using System.Globalization;
using System.Text.RegularExpressions;
using NoteMiner.Audit.Language;
using NoteMiner.Audit.Revisions;
using NoteMiner.Audit.Sharing;

namespace NoteMiner.Audit.Elements;

/// <summary>
/// Preconditions some elements have beyond specificity: a revision must be dated and say what changed, sharing
/// must have happened, consent must be for CCM, and a medication list is not a medication review.
/// </summary>
internal static class ElementGates
{
    private static readonly Regex Ccm = Cue.Of(@"\b(?:(?-i:CCM)|chronic care management|care management)\b");

    public static GateResult Check(ElementLabel element, string text, DateOnly? documentDate, AuditOptions options) =>
        element switch
        {
            ElementLabel.PlanRevision => Revision(RevisionCues.Analyze(text, documentDate, options.SpecificThreshold)),
            ElementLabel.PlanShared => Sharing(SharingCues.Analyze(text, documentDate)),
            ElementLabel.Consent => Ccm.IsMatch(text) ? GateResult.Open : GateResult.Fail("consent not specific to CCM"),
            // Minutes are what a time log is for: an entry that states them is specific however short.
            ElementLabel.TimeLog when ElementCues.For(element).Detail.Has(text) => GateResult.Accept("minutes logged"),
            _ => Detail(ElementCues.For(element), text),
        };

    private static GateResult Revision(RevisionMention revision) =>
        revision.NoChanges ? GateResult.Exclude("\"reviewed, no changes\" is not a revision")
        : !revision.SaysWhatChanged ? GateResult.Fail("revision does not say what changed")
        : revision.Date is not { } date ? GateResult.Fail("revision not dated")
        : GateResult.Accept($"revised {Iso(date)}, saying what changed");

    private static GateResult Sharing(SharingMention sharing)
    {
        if (sharing.OnlyOffered)
        {
            return GateResult.Exclude("copy only offered or available on request");
        }

        if (!sharing.Shared)
        {
            return GateResult.Fail("does not say the plan was shared");
        }

        var reason = "shared" + sharing.Method switch
        {
            SharingMethod.Portal => " via the patient portal",
            SharingMethod.Paper => " on paper",
            SharingMethod.Mail => " by mail",
            SharingMethod.Email => " by email",
            SharingMethod.Fax => " by fax",
            SharingMethod.Verbal => " verbally",
            _ => "",
        };
        reason += sharing.Date is { } date ? $" on {Iso(date)}" : "";
        reason += sharing.Agreed switch { true => ", agreed", false => ", not agreed", _ => "" };
        return GateResult.Accept(reason);
    }

    private static GateResult Detail(ElementCueSet cues, string text)
    {
        if (!cues.RequiresDetail || cues.Detail.Has(text))
        {
            return GateResult.Open;
        }

        var weak = cues.Weak.FirstOrDefault(w => w.Pattern.IsMatch(text));
        return GateResult.Fail(weak?.Reason ?? cues.VagueReason);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
