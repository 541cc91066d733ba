using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Elements;

/// <summary>Problem list, prognosis, goals, symptom management, interventions, medication review.</summary>
internal static partial class ElementCues
{
    private static IEnumerable<ElementCueSet> PlanCues() =>
    [
        new(ElementLabel.ProblemList,
            Keywords: null,
            FieldLabels: Field(@"problem list|problems|active problems|chronic conditions|diagnos[ie]s"),
            Detail: Cue.Of(@"\b(?:(?:un|well[- ]|poorly |rate[- ])?controlled|ctrl|stable|unstable|worsening|worse|improving|improved|better|progressing|progressive|active|persistent|permanent|perm|intermittent|mild|moderate|severe|compensated|decompensated|remission|recurrent|refractory|treated|untreated|managed|s/p|stage\s*\w+|class\s*\w+|grade\s*\w+|NYHA|GOLD\s*\d|Child-Pugh|(?-i:[A-TV-Z]\d{2}(?:\.\d{1,4})?))(?!\w)"),
            DetailReason: "conditions with status",
            Weak: [Weak(@"\b(?:resolved|history of|h/o|hx of)\b", "only resolved or historical items")],
            VagueReason: "conditions listed without status"),
        new(ElementLabel.Prognosis,
            Keywords: Cue.Words("prognosis", "expected outcome", "expected course", "life expectancy"),
            FieldLabels: Field(@"prognosis|expected outcome|expected course|outlook"),
            Detail: Cue.Of(@"\b(?:given|due to|d/t|because|secondary to|limited by|depend\w*|expect\w*|anticipat\w*|(?:un)?likely|risk|over the next|declin\w*|progress\w*|improv\w*|recover\w*|stabili[sz]\w*|survival|months?|years?|yrs|wks|weeks|if|unless|provided|with continued)\b"),
            DetailReason: "prognosis with reasons",
            Weak: [
                Weak(@"^\W*(?:(?:prognosis|expected outcome|outlook)\s*:?)?\s*(?:good|fair|poor|guarded|stable|excellent|favorable)\W*$", "one-word prognosis"),
                // The template sentence that fills a prognosis field says nothing about this patient.
                Weak(@"^\W*(?:(?:prognosis|expected outcome|outlook)\s*:?)?\s*(?:good|fair|poor|guarded|stable|excellent|favorable)\W+(?:the )?(?:patient|pt) is expected to (?:remain stable|improve|do well)(?: with (?:continued )?(?:adherence|compliance) to (?:the )?(?:plan of care|care plan|treatment(?: plan)?|medications?))?\W*$", "one-word prognosis and a generic sentence", veto: true),
            ],
            VagueReason: "prognosis without reasons"),
        new(ElementLabel.Goals,
            Keywords: null,
            FieldLabels: Field(@"goals?|treatment goals?|care plan goals?|targets?"),
            Detail: null,
            DetailReason: "",
            Weak: [Weak(@"\b(?:improv\w*|better control|control (?:of )?(?:diabetes|bp|blood pressure|sugars?)|compliance|comply|adherence|stay healthy|eat healthy|healthy (?:diet|lifestyle)|lose weight|exercise more|maintain)\b", "goal without measurable target")],
            VagueReason: "goal without measurable target"),
        new(ElementLabel.SymptomManagement,
            Keywords: Cue.Of(@"\b(?:action plan|(?:green|yellow|red) zone|sick day rules?)\b|\b(?:if|when)\b[^.;]{0,50}\b(?:dizz\w*|short(?:ness)? of breath|chest pain|swelling|wheez\w*|weight (?:gain|rises|goes up)|glucose|sugars?)\b[^.]{0,80}\b(?:call|phone|take|use|sits?|go(?:es)? to|check)\w*"),
            FieldLabels: Field(@"symptom management|symptoms?|action plan|self-management"),
            Detail: Cue.Of(@"\b(?:if|when)\b[^.;]{0,50}\b(?:weight|gain|glucose|sugar|BP|blood pressure|SOB|short(?:ness)? of breath|swelling|edema|chest pain|wheez\w*|sputum|dizz\w*|pain|cough|fever|O2|oxygen|sat\w*|hypoglyc\w*)\b|\b(?:zone|rescue inhaler|nitroglycerin|extra (?:dose|furosemide|lasix))\b"),
            DetailReason: "condition-specific action plan",
            Weak: [Weak(@"\b(?:call (?:the office |us |the clinic |clinic )?(?:if|with) (?:any )?(?:symptoms?|problems|questions|concerns|changes)|(?:if )?symptoms worsen|return precautions|seek (?:medical )?(?:care|attention) if)\b", "only \"call if symptoms worsen\"")],
            VagueReason: "no condition-specific action plan"),
        new(ElementLabel.Interventions,
            Keywords: Cue.Of(@"\b(?:physical therapy|occupational therapy|speech therapy|home oxygen|(?:phone|telephone) (?:visits?|calls?) every|telephones (?:him|her|them|the patient) every)\b"),
            FieldLabels: Field(@"interventions?|planned interventions|actions?|tasks?|what we will do|care team actions"),
            Detail: Cue.Of(@"\b(?:(?-i:RN|CCM|NP)|nurse|pharmacist|care (?:manager|coordinator)|social worker|dietitian|daughter|son|wife|husband|caregiver|patient will|responsible|will (?:call|check|review|monitor|teach|arrange|schedule|refer|titrate|order|obtain))\b"),
            DetailReason: "intervention with who is responsible",
            Weak: [
                Weak(@"\b(?:continue (?:current|same|present) (?:plan|regimen|treatment|therapy|management|meds|medications)|continue (?:current )?plan|no changes to (?:the )?plan|as above)\b", "only \"continue current plan\""),
                // An option the patient turned down is not a planned intervention.
                Weak(@"\b(?:discussed|offered|recommended)\W+(?:and\s+)?(?:the\s+)?(?:patient|pt|he|she)\s+declined\b", "only an intervention the patient declined", veto: true),
            ],
            VagueReason: "intervention without who is responsible"),
        new(ElementLabel.MedicationReview,
            Keywords: Cue.Of(@"\b(?:med(?:ication)? reconciliation|med rec|medications? reconciled|pill (?:box|organizer))\b"),
            FieldLabels: Field(@"medication review|med(?:ication)? reconciliation|med rec|medications? reviewed|medication management"),
            Detail: Cue.Of(@"\b(?:reconcil\w*|adheren\w*|non-?adheren\w*|missed (?:doses?|pills?)|interaction\w*|side effects?|pill (?:box|organizer)|blister\w*|refill\w*|discrepanc\w*|taking as prescribed|self-manag\w*|teach-?back|cost of (?:meds|medications?|insulin)|duplicat\w*|stopped taking|not taking|forgets?|stopped|discontinu\w*|corrected|(?:pill )?bottles?|brown[- ]bag|compared (?:with|to|against)|checked against|fill (?:hx|history))\b"),
            DetailReason: "reconciliation or adherence details",
            Weak: [Weak(@"\b(?:reviewed|verified|updated)\b", "medication list with a \"reviewed\" tick only")],
            VagueReason: "medication list without review details",
            RequiresDetail: true),
    ];
}
