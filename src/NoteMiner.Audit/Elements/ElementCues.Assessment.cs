using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Elements;

/// <summary>Functional/cognitive, psychosocial, environmental, caregiver, barriers, preferences.</summary>
internal static partial class ElementCues
{
    private static IEnumerable<ElementCueSet> AssessmentCues() =>
    [
        new(ElementLabel.FunctionalCognitive,
            Keywords: Cue.Of(@"\b(?:mini-?cog|MoCA|MMSE|SLUMS|timed up and go|(?-i:TUG)|Katz (?:ADL|index)|Lawton (?:IADL|scale))\b"),
            FieldLabels: Field(@"function(?:al|ing)?(?: status| assessment)?|cognitive(?: status| assessment| screen)?|cognition|mobility|ADLs?|IADLs?|falls?(?: risk)?"),
            Detail: Cue.Of(@"\b(?:ADLs?|IADLs?|bath\w*|dress\w*|toilet\w*|transfer\w*|ambulat\w*|gait|walker|cane|wheelchair|falls?|fell|mobility|independent|needs? (?:assistance|help)|assist\w*|mini-?cog|MoCA|MMSE|(?-i:TUG)|driv\w*|finances|meal prep\w*|shopping|memory|recall)\b"),
            DetailReason: "functional or cognitive details",
            Weak: [Weak(@"\b(?:A\s*&\s*O|AAO|alert and oriented|oriented)\s*(?:x|times)?\s*[1-4]?\b", "only \"A&O x3\"")],
            VagueReason: "no functional or cognitive assessment details"),
        new(ElementLabel.Psychosocial,
            Keywords: Cue.Of(@"\b(?:PHQ-?[29]|GAD-?[27]|depression screen\w*|SDOH|social determinants|food insecur\w*|social isolation|loneliness)\b"),
            FieldLabels: Field(@"psychosocial|mood|depression(?: screen\w*)?|anxiety|behavioral health|mental health|social(?: history| support)?|SDOH"),
            Detail: Cue.Of(@"\b(?:PHQ-?[29]|GAD-?[27]|mood (?:low|down|depressed|anxious|irritable|improved|worse)|tearful|hopeless\w*|suicid\w*|(?-i:SI)|isolat\w*|lonel\w*|social support|support system|food insecur\w*|housing|financial (?:strain|stress)|grief|grieving|widow\w*|church|lives with|stress\w*|sleep\w*|counsel\w*|therap(?:y|ist)|psychiatr\w*|behavioral health)\b"),
            DetailReason: "screening or social details",
            Weak: [Weak(@"\b(?:mood (?:ok|fine|good|stable)|denies (?:depression|anxiety)|no (?:psych|psychosocial) (?:issues|concerns)|psychosocial (?:reviewed|stable))\b", "only a generic mood note")],
            VagueReason: "no screening or social details"),
        new(ElementLabel.Environmental,
            Keywords: Cue.Of(@"\b(?:home safety|grab bars?|throw rugs?|smoke (?:detector|alarm)s?|home hazards?)\b"),
            FieldLabels: Field(@"environment(?:al)?(?: assessment)?|home(?: safety| environment)?|living situation|housing"),
            Detail: Cue.Of(@"\b(?:grab bars?|rugs?|stairs?|steps|railings?|handrails?|lighting|night ?lights?|shower (?:chair|bench)|tub|raised toilet|smoke (?:detector|alarm)s?|carbon monoxide|space heaters?|clutter|pets?|oxygen|heat(?:ing)?|air condition\w*|utilities|elevator|apartment|floors?|bathroom|bedroom|ramp|house|trailer|shelter)\b"),
            DetailReason: "home hazards or setting named",
            Weak: [Weak(@"\b(?:home(?: environment)?(?: is)?\s*:?\s*(?:safe|adequate|ok)|safe (?:home|at home|environment)|no (?:safety )?(?:hazards|concerns))\b", "only \"Home: safe\"")],
            VagueReason: "no home hazards or setting named"),
        new(ElementLabel.Caregiver,
            Keywords: Cue.Of(@"\b(?:care ?giver|caregiving|Zarit)\b|\b(?:her|his) (?:husband|wife|partner|daughter|son|niece|nephew|sister|brother)\b[^.;]{0,40}\b(?:helps|cooks|drives|manages|cares for|looks after|assists|cannot lift|is unable to)\b"),
            FieldLabels: Field(@"care ?giver(?: assessment)?|support person|family support|primary support"),
            Detail: Cue.Of(@"\b(?:daughter|son|wife|husband|spouse|partner|mother|father|sister|brother|niece|nephew|grand\w+|friend|neighbou?r|aide|(?-i:HHA)|lives alone|lives with|independent|burden|stress\w*|overwhelm\w*|respite|available|works|visits|checks|helps|manages)\b"),
            DetailReason: "caregiver and capacity",
            Weak: [Weak(@"\b(?:family (?:support(?:ive)?|involved)|supportive family|has support)\b", "only \"family supportive\"")],
            VagueReason: "caregiver not identified"),
        new(ElementLabel.Barriers,
            Keywords: Cue.Of(@"\b(?:barriers? to care|transportation (?:barrier|issues?|needs?)|health literacy|cannot afford|can't afford|unable to afford|(?:main|biggest|major|key|only) barrier|cannot (?:attend|get to))\b"),
            FieldLabels: Field(@"barriers?(?: to care)?|obstacles"),
            Detail: Cue.Of(@"\b(?:cost|afford\w*|copay\w*|insurance|transport\w*|car|bus|ride|driv\w*|literacy|read(?:ing)?|language|interpreter|spanish|hearing|vision|memory|cognit\w*|internet|phone|distance|work schedule|pharmacy|finances?|income)\b"),
            DetailReason: "named barrier",
            Weak: [Weak(@"\bbarriers (?:discussed|assessed|reviewed|addressed)\b", "only \"barriers discussed\"")],
            VagueReason: "no barrier named"),
        new(ElementLabel.Preferences,
            Keywords: Cue.Of(@"\b(?:what matters (?:most )?to|important to (?:him|her|the patient|patient)|patient (?:prefers|wishes|values|wants)|personal goals?|would rather|(?:wants|would like) to (?:keep|stay|remain|avoid|continue|go on)|(?:says|said|told (?:me|us)|states|stated) (?:that )?(?:he|she|they) (?:wants|would (?:like|prefer)|prefers|hopes))\b"),
            FieldLabels: Field(@"(?:patient )?preferences|values|personal goals?|patient goals?|what matters"),
            Detail: Cue.Of(@"\b(?:wants?|wishes?|prefers?|preference|values?|hopes?|would like|important to|goal is to|matters|faith|religio\w*|church|cultural|does not want|doesn't want|refuses|enjoys?|in (?:his|her) own words|would rather|rather not)\b|[""“”]"),
            DetailReason: "patient's own preferences",
            Weak: [Weak(@"\b(?:preferences (?:discussed|reviewed|considered|honored)|patient-centered)\b", "only \"preferences discussed\"")],
            VagueReason: "clinician targets only",
            RequiresDetail: true),
    ];
}
