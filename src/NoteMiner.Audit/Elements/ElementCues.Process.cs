using NoteMiner.Audit.Language;
using NoteMiner.Audit.Revisions;
using NoteMiner.Audit.Sharing;

namespace NoteMiner.Audit.Elements;

/// <summary>
/// Community resources, care coordination, advance directives, review schedule, plan revision, plan shared,
/// consent, time log. Revision and sharing are judged by <see cref="ElementGates"/>, not by specificity.
/// </summary>
internal static partial class ElementCues
{
    private static IEnumerable<ElementCueSet> ProcessCues() =>
    [
        new(ElementLabel.CommunityResources,
            Keywords: Cue.Of(@"\b(?:meals on wheels|area agency on aging|senior center|adult day (?:care|program|center)|(?-i:SNAP|LIHEAP)|food (?:bank|pantry)|paratransit|silversneakers|community health worker|day program|(?-i:YMCA|YWCA)|exercise class|self-management (?:education|program|class)|(?-i:DSME)|support group|senior (?:ride|van|transport\w*))\b"),
            FieldLabels: Field(@"(?:community )?(?:resources|services|supports)|social services"),
            Detail: Cue.Of(@"\b(?:referred|referral|enrolled|application|applied|connected|scheduled|intake|meals on wheels|area agency on aging|senior center|adult day|(?-i:SNAP|LIHEAP|VNA|PACE)|food (?:bank|pantry)|paratransit|support group|home health|medicaid)\b"),
            DetailReason: "referral to a named service",
            Weak: [Weak(@"\b(?:(?:community )?resources (?:discussed|reviewed|provided|given|offered)|resource list (?:given|provided))\b", "only \"resources discussed\"")],
            VagueReason: "no named service"),
        new(ElementLabel.CareCoordination,
            Keywords: Cue.Of(@"\b(?:care coordination(?! time)|coordinated (?:care )?with|communicated with|bring you up to date|keep you (?:informed|updated)|copied (?:this|the) (?:letter|note|summary) to|(?:sends?|faxe[sd]) (?:a |the )?(?:monthly |weekly )?(?:summary|notes?|records|updates?) to|receives? (?:this|the|a copy of (?:this|the)) (?:summary|note|plan|letter))\b"),
            FieldLabels: Field(@"care coordination|coordination|care team|specialists?|outside providers"),
            Detail: Cue.Of(@"\b(?:sent|faxed|shared|communicated|coordinat\w*|notified|called|spoke|discussed with|copy to|(?-i:cc)|records (?:requested|received|reviewed)|will (?:update|notify|send|share)|receives?|reports? (?:to|back)|letter|consult note|referral sent|message\w*|sends?|calls|(?-i:HIE)|health information exchange|summary|up to date)\b"),
            DetailReason: "information flow with outside providers",
            Weak: [],
            VagueReason: "specialist names only",
            RequiresDetail: true),
        new(ElementLabel.AdvanceDirectives,
            Keywords: Cue.Of(@"\b(?:(?-i:POLST|MOLST|MOST form|HCPOA|DPOA|DNR|DNI)|advance directives?|living will|health ?care proxy|health care (?:agent|surrogate)|power of attorney for health\w*|code status)\b"),
            FieldLabels: Field(@"advance (?:directives?|care planning)|(?-i:ACP)|code status|(?-i:POLST|MOLST)|living will|health ?care proxy"),
            Detail: Cue.Of(@"\b(?:(?-i:POLST|MOLST|HCPOA|DPOA|DNR|DNI)|living will|proxy|agent|surrogate|power of attorney|full code|comfort (?:care|measures)|on file|scanned|signed|wishes|does not want|no (?:intubation|CPR|feeding tube)|hospice)\b"),
            DetailReason: "directive or wishes documented",
            Weak: [Weak(@"\b(?:(?:advance directives?|(?-i:ACP)) (?:discussed|reviewed|encouraged|information (?:given|provided))|packet (?:given|provided))\b", "only \"advance directive discussed\"")],
            VagueReason: "no directive or wishes documented"),
        new(ElementLabel.ReviewSchedule,
            Keywords: Cue.Of(@"\b(?:next (?:care )?plan review|(?:care )?plan (?:will be )?reviewed (?:monthly|every|quarterly|annually)|review (?:the )?care plan (?:monthly|every|quarterly))\b"),
            FieldLabels: Field(@"review schedule|plan review|next review|review(?: frequency)?|reassessment"),
            Detail: Cue.Of(@"\b(?:monthly|weekly|quarterly|annually|yearly|every \d+\s*(?:days?|weeks?|months?)|every (?:month|week|visit|quarter)|next review|at (?:each|every) visit|each month|within \d+\s*(?:days|weeks|months))\b|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{4}"),
            DetailReason: "review frequency or date",
            Weak: [Weak(@"\b(?:(?-i:PRN)|as needed|p\.r\.n\.?)", "review \"PRN\" only")],
            VagueReason: "no review frequency",
            RequiresDetail: true),
        new(ElementLabel.PlanRevision,
            Keywords: RevisionCues.Statement,
            FieldLabels: Field(@"plan revision|revision|care plan (?:update|revision)|plan update"),
            Detail: null,
            DetailReason: "",
            Weak: [],
            VagueReason: "revision does not say what changed"),
        new(ElementLabel.PlanShared,
            Keywords: SharingCues.Statement,
            FieldLabels: Field(@"plan shared|care plan (?:copy|shared|provided)|copy (?:of plan|given|provided)"),
            Detail: null,
            DetailReason: "",
            Weak: [],
            VagueReason: "does not say the plan was shared"),
        new(ElementLabel.Consent,
            Keywords: Cue.Of(@"\b(?:(?-i:CCM) consent|consent(?:ed)? (?:to|for) (?:(?-i:CCM)|chronic care management)|chronic care management consent)\b"),
            FieldLabels: Field(@"(?:(?-i:CCM) )?consent"),
            Detail: Cue.Of(@"\b(?:cost[- ]?shar\w*|copay\w*|co-?insurance|deductible|one (?:billing )?(?:practitioner|provider)|only one|right to (?:stop|revoke|discontinue|end|opt out)|stop (?:at )?any time|revoke|verbal(?:ly)?|written|signed|24/7|after[- ]hours|availability)\b"),
            DetailReason: "required disclosures",
            Weak: [],
            VagueReason: "consent without date or required disclosures"),
        new(ElementLabel.TimeLog,
            Keywords: Cue.Of(@"\b(?:(?-i:CCM) (?:time|minutes)|minutes (?:this|per) month|minutes\s*:\s*\d+|\d+\s*min(?:utes)? (?:of )?(?:(?-i:CCM)|care management|care coordination))\b"),
            FieldLabels: Field(@"time(?: spent| log)?|(?-i:CCM) time|minutes|total time"),
            Detail: Cue.Of(@"\b\d+\s*(?:min|mins|minutes)\b|\b(?:min|mins|minutes)\s*:\s*\d+\b"),
            DetailReason: "minutes logged",
            Weak: [Weak(@"\btime (?:spent|documented)\b", "time without minutes")],
            VagueReason: "no minutes logged",
            RequiresDetail: true),
    ];
}
