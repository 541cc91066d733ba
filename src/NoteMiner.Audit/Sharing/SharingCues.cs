using System.Text.RegularExpressions;
using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Sharing;

/// <summary>
/// Reads a plan-sharing statement: method from cue words (portal/MyChart, printed/given/handed, mailed,
/// emailed, faxed, verbally/by phone), agreement (agrees/signed → true; disagrees/declined → false).
/// "Copy available on request" and "will be shared" are offers, and sending it to another provider is
/// coordination: neither is sharing.
/// </summary>
internal static class SharingCues
{
    private const string Plan = @"(?:care ?plan|plan of care|CCM plan|copy of (?:the )?(?:care )?plan|(?:the|this|her|his) (?:updated |revised |new )?plan)";

    private const string Act =
        @"(?:shared|gave|given|sent|mailed|e-?mailed|faxed|provided|printed|uploaded|released|handed|messaged|reviewed (?:with|verbally|by phone|over the phone)|read to|explained|went (?:through|over))";

    /// <summary>The plan named together with a sharing act; backs the classifier for plan_shared.</summary>
    public static readonly Regex Statement = Cue.Of(
        @"\b" + Plan + @"\b[^.;]{0,60}\b" + Act + @"\b|\b" + Act + @"\b[^.;]{0,40}\b" + Plan + @"\b|\bcopy (?:of plan )?(?:available )?(?:up)?on request\b|(?:^|[.;:])\W*(?:care )?plan\b[^.;]{0,30}\b" + Act + @"\b");

    private static readonly Regex Acts = Cue.Of(@"\b" + Act + @"\b");

    private static readonly Regex Offers = Cue.Of(
        @"\b(?:(?:available|provided|sent|given) (?:up)?on request|upon request|on request|will be (?:shared|sent|given|mailed|e-?mailed|faxed|provided|uploaded|printed|reviewed)|to be (?:shared|sent|mailed|given|provided|reviewed)|plans? to (?:share|send|mail|give)|will (?:share|send|mail|give|provide|fax|upload)|offered)\b");

    private static readonly (SharingMethod Method, Regex Pattern)[] Methods =
    [
        (SharingMethod.Portal, Cue.Of(@"\b(?:patient portal|MyChart|portal)\b")),
        (SharingMethod.Email, Cue.Of(@"\b(?:e-?mailed|e-?mail)\b")),
        (SharingMethod.Mail, Cue.Of(@"(?<!e-?)\b(?:mailed|by (?:US |postal )?mail|via (?:US |postal )?mail|sent by post)\b")),
        (SharingMethod.Fax, Cue.Of(@"\b(?:faxed|fax)\b")),
        (SharingMethod.Paper, Cue.Of(
            @"\b(?:printed|paper copy|hard copy|printout|handed|in[- ]person|copy (?:was )?(?:given|provided)|given (?:a )?copy|(?:given|provided) to (?:the )?(?:patient|pt|him|her|daughter|son|wife|husband|spouse|caregiver|family))\b")),
        (SharingMethod.Verbal, Cue.Of(@"\b(?:verbal(?:ly)?|by (?:tele)?phone|over the phone|telephonic\w*|phone call|read to|reviewed with|explained)\b")),
    ];

    // Sending the plan to another provider is care coordination, not sharing it with the patient.
    private static readonly Regex ToProvider = Cue.Of(
        @"\bto (?:(?:the )?(?:Dr\.?|doctor|cardiolog\w*|nephrolog\w*|pulmonolog\w*|endocrinolog\w*|specialists?|(?-i:PCP)|providers?|pharmacy|hospital|(?-i:SNF)|home health|agency|insurer|payer))");

    private static readonly Regex PatientSide = Cue.Of(
        @"\b(?:patient|pt|caregiver|daughter|son|wife|husband|spouse|partner|family|him|her|them|(?-i:POA)|proxy|guardian|MyChart|portal)\b");

    private static readonly Regex Disagrees = Cue.Of(@"\b(?:disagree\w*|does not agree|did not agree|doesn't agree|not in agreement)\b");
    private static readonly Regex Agrees = Cue.Of(
        @"\b(?:agree[sd]?|in agreement|agreement|signed|accept(?:s|ed)|approv(?:es|ed)|consent(?:s|ed) to (?:the )?plan)\b");
    private static readonly Regex Declines = Cue.Of(@"\b(?:declined|refused|refuses)\b");

    public static SharingMention Analyze(string text, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var withoutOffers = Offers.Replace(text, m => new string(' ', m.Length)); // keeps positions
        var act = Acts.Match(withoutOffers);
        var method = Methods.FirstOrDefault(m => m.Pattern.IsMatch(withoutOffers)).Method;
        var hasMethod = Methods.Any(m => m.Pattern.IsMatch(withoutOffers));
        var toProviderOnly = ToProvider.IsMatch(text) && !PatientSide.IsMatch(text);
        var shared = !toProviderOnly && (act.Success || hasMethod && Agrees.IsMatch(text));
        var onlyOffered = !shared && Offers.IsMatch(text);

        var date = (act.Success
            ? NearestDate.Find(text, act, documentDate)
            : NearestDate.Find(text, 0, 0, documentDate))?.Date ?? documentDate;
        return new SharingMention(shared, onlyOffered, hasMethod ? method : null, AgreementIn(text), date);
    }

    private static bool? AgreementIn(string text) =>
        Disagrees.IsMatch(text) ? false
        : Agrees.IsMatch(text) ? true
        : Declines.IsMatch(text) ? false
        : null;
}
