using System.Text.RegularExpressions;
using NoteMiner.Audit.Events;
using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Elements;

/// <summary>
/// Scores how patient-specific a passage is: measurable targets, dates and time frames, scores, doses, named
/// people, agencies and objects raise it; generic phrases ("improve", "as needed", "reviewed") lower it.
/// </summary>
internal static class SpecificityScorer
{
    private static readonly (SpecificityFeature Feature, double Weight, Regex Pattern)[] Cues =
    [
        (SpecificityFeature.MeasurableTarget, 0.35, Cue.Of(
            @"(?:[<>≤≥]=?|\b(?:less than|more than|greater than|below|under|above|over|at least|at most|no more than|fewer than|up to|goal of|target of)\b)\s*\d+(?:\.\d+)?" +
            @"|\b\d+(?:\.\d+)?\s*(?:%|mg/dl|mmhg|mmol/l|lbs?\b|pounds\b|kg\b|steps\b|oz\b|cups?\b|drinks?\b|cigarettes?\b|servings?\b|feet\b|ft\b|miles?\b|blocks?\b" +
            @"|(?:min(?:ute)?s?|hours?|hrs?|days?|times|x)\s*(?:/|per|a)\s*(?:day|night|week|wk|month)" +
            @"|(?:min(?:ute)?s?|hours?|hrs?|steps|times)\s+(?:daily|nightly|weekly|each day|every day|on most days))" +
            @"|\b(?:A1c|HbA1c|LDL|eGFR|BMI|BP|blood pressure|weight|SpO2|O2 sat\w*)\b[^.;\n]{0,12}?\d")),
        (SpecificityFeature.Score, 0.4, Cue.Of(
            @"\b(?:PHQ-?[29]|GAD-?[27]|mini-?cog|MoCA|MMSE|SLUMS|timed up and go|Zarit|Katz|Lawton|AUDIT-?C|Braden|Morse|mMRC|NYHA|ECOG|score|(?-i:TUG|CAT|EF))\b[^.;\n]{0,20}?\d")),
        (SpecificityFeature.Dose, 0.3, Cue.Of(
            @"\b\d+(?:\.\d+)?\s*(?:mg|mcg|µg|g|units?|u|ml|puffs?|tabs?|tablets?|caps?|capsules?|L/min|lpm|liters?)\b")),
        (SpecificityFeature.NamedPerson, 0.3, Cue.Of(
            @"\b(?:daughter|son|wife|husband|spouse|partner|mother|father|mom|dad|sister|brother|niece|nephew|granddaughter|grandson|grandchild|friend|neighbou?r|aide|caregiver|proxy|agent)\b,?\s+(?-i:[A-Z][a-z]+)\b" +
            @"|\b(?-i:Dr|Mr|Mrs|Ms|Miss)\.?\s+(?-i:[A-Z][A-Za-z'\-]+)" +
            @"|(?-i:\b[A-Z][a-z]+)\s*\((?:daughter|son|wife|husband|spouse|partner|sister|brother|niece|nephew|friend|neighbou?r|caregiver)\)")),
        (SpecificityFeature.NamedAgency, 0.3, Cue.Of(
            @"\b(?:meals on wheels|area agency on aging|senior center|adult day (?:care|program|center|health)|medicaid|food (?:bank|pantry)|lifeline|paratransit|access-a-ride|home health agency|visiting nurses?|alzheimer'?s association|support group|silversneakers|cardiac rehab\w*|pulmonary rehab\w*|diabetes (?:education|self-management)|(?-i:SNAP|LIHEAP|VNA|PACE|AA|NAMI|DSMES?|YMCA)|211)\b" +
            @"|(?-i:\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+(?:Agency|Services|Center|Clinic|Associates|Program|Pharmacy|Hospital|Home Care|Homecare|Health|Cardiology|Nephrology|Oncology)\b)")),
        (SpecificityFeature.TimeFrame, 0.15, Cue.Of(
            @"\b(?:within|in|over|for|after|every|next|each)\s+(?:\d+|one|two|three|four|five|six|eight|ten|twelve)\s*(?:-\s*\d+\s*)?(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\b" +
            @"|\b(?:daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|twice (?:a|per) (?:day|week|month)|(?-i:BID|TID|QID|QHS)|q\d+h)\b" +
            @"|\b(?:by|before|until)\s+(?:next visit|(?:the )?end of|spring|summer|fall|winter|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b")),
        (SpecificityFeature.ConcreteDetail, 0.2, Cue.Of(
            @"\b(?:grab bars?|throw rugs?|rugs?|stairs?|steps|railings?|handrails?|lighting|night ?lights?|shower (?:chair|bench)|tub|raised toilet|walker|cane|wheelchair|smoke (?:detector|alarm)s?|carbon monoxide|space heaters?|clutter|pets?|dogs?|oxygen|concentrator|pill (?:box|organizer)|blister packs?|glucometer|BP cuff|scale|pulse ox\w*|hearing aids?|glasses|medical alert|air condition\w*|elevator|ramp|bus|car|CPAP|nebulizer|inhaler|spacer)\b")),
        (SpecificityFeature.Role, 0.15, Cue.Of(
            @"\b(?-i:RN|LPN|NP|PA|PCP|MD|DO|PT|OT|SLP|SW|LCSW|CHW|PharmD|CCM)\b" +
            @"|\b(?:pharmacist|social worker|care (?:manager|coordinator)|nurse|case manager|dietitian|nutritionist|cardiolog\w*|nephrolog\w*|endocrinolog\w*|pulmonolog\w*|neurolog\w*|oncolog\w*|psychiatr\w*|psycholog\w*|podiatr\w*|ophthalmolog\w*|urolog\w*|rheumatolog\w*|physical therap\w*|occupational therap\w*|home health|hospice|palliative)\b")),
    ];

    private static readonly Regex Generic = Cue.Of(
        @"\b(?:improv\w*|better control|compliance|comply|compliant|as needed|as directed|per protocol|continue (?:current|same)|call if|discussed|reviewed|within normal limits|WNL|no concerns|encouraged|education (?:provided|given)|will (?:monitor|follow)|follow up as needed|safe|ok|appropriate|adequate)\b");

    private const double DateWeight = 0.25;
    private const double DetailWeight = 0.3;
    private const double MoreDetailWeight = 0.45;
    private const double DetailedWeight = 0.1;
    private const int DetailedWords = 8;
    private const double ReasonedNegativeWeight = 0.4;
    private const double GenericPenalty = 0.15;
    private const int MaxGenericPenalties = 3;

    /// <summary>Scores <paramref name="text"/>, with <paramref name="element"/>'s own detail cues when given.</summary>
    public static Specificity Score(string text, ElementLabel? element = null, bool reasonedNegative = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var features = new List<SpecificityFeature>();
        var score = 0.0;
        foreach (var (feature, weight, pattern) in Cues)
        {
            if (pattern.IsMatch(text))
            {
                features.Add(feature);
                score += weight;
            }
        }

        if (DateParser.FindAll(text).Count > 0)
        {
            features.Add(SpecificityFeature.Date);
            score += DateWeight;
        }

        string? detailReason = null;
        if (element is { } label && ElementCues.For(label) is { Detail: { } detail } cues)
        {
            var distinct = detail.Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().Count();
            if (distinct > 0)
            {
                features.Add(SpecificityFeature.ElementDetail);
                detailReason = cues.DetailReason;
                score += distinct == 1 ? DetailWeight : MoreDetailWeight;
            }
        }

        if (Words.ContentCount(text) >= DetailedWords)
        {
            features.Add(SpecificityFeature.Detailed);
            score += DetailedWeight;
        }

        if (reasonedNegative)
        {
            features.Add(SpecificityFeature.ReasonedNegative);
            score += ReasonedNegativeWeight;
        }

        var generic = Generic.Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().Count();
        score -= GenericPenalty * Math.Min(generic, MaxGenericPenalties);
        return new Specificity(Math.Round(Math.Clamp(score, 0, 1), 3), features, detailReason, generic);
    }
}
