namespace NoteMiner.Classifier.Features;

/// <summary>
/// Words and phrases that point at each element, written for NoteMiner from the CMS element descriptions and
/// everyday charting vocabulary. <c>*</c> ends a stem ("reconcil*"). They are features, not rules: the model
/// learns how much each family counts, which carries it past the phrasing of the training data.
/// </summary>
internal static class CueTerms
{
    public static IReadOnlyDictionary<ElementLabel, string> ByLabel { get; } = new Dictionary<ElementLabel, string>
    {
        [ElementLabel.ProblemList] =
            "problem list|active problems|chronic conditions|chronic condition|diagnos*|dx|icd|comorbid*|pmh|" +
            "qualifying condition*|health concern*|stage|class|controlled|uncontrolled|stable|resolved|active|onset|e11|i10|j44|n18|" +
            "copd|ckd|chf|hfref|hfpef|htn|afib|cad|esrd|mellitus|hypertension|hyperlipidemia|fibrillation|asthma|" +
            "osteoarthritis|dementia|parkinson*|hypothyroid*|neuropathy|emphysema|cirrhosis",
        [ElementLabel.Prognosis] =
            "prognos*|expected outcome*|anticipated outcome*|life expectancy|outlook|guarded|survival|mortality|" +
            "trajectory|expected to|likely to|unlikely to|terminal|irreversible|progressive decline|recover*|" +
            "months to live|limited life|poor|fair|excellent|favorable|grim|reversible|remission|recurrence",
        [ElementLabel.Goals] =
            "goal*|target*|by 3|within 2|less than|at least|below 7|under 7|reduce to|increase to|aim*|smart|" +
            "lose 5|walk 20|a1c < 7|a1c <|< 7|> 7|measurable|achieve*|maintain|milestone*|benchmark",
        [ElementLabel.SymptomManagement] =
            "symptom*|action plan|red flag*|zone|worsen*|if|short of breath|shortness of breath|sob|swelling|edema|" +
            "weight gain|rescue inhaler|nitro*|hypoglycem*|chest pain|call 911|call the office|sick day|flare*|pain|" +
            "dizzy|dizziness|nausea|wheez*|exacerbation*|go to the er|go to the ed|seek care|daily weights|weigh daily",
        [ElementLabel.Interventions] =
            "intervention*|responsible|will refer|will order|will schedule|will arrange|will provide|will educate|" +
            "will monitor|will call|rn cm|care manager|cm to|cm will|pcp to|pharmacist to|order*|educat*|teach*|" +
            "titrat*|initiat*|schedul*|arrange*|plan:|action item*|task*|assigned|owner|due|follow up|f/u",
        [ElementLabel.MedicationReview] =
            "medication*|med rec|meds|reconcil*|adherence|adherent|nonadheren*|pill*|pillbox|blister|refill*|dose*|" +
            "dosing|mg|interaction*|polypharmacy|pharmacist|cmr|missed dose*|self-administ*|teach-back|formulary|" +
            "generic|discontinu*|prescri*|insulin|rx|otc|beers|deprescrib*|taking",
        [ElementLabel.FunctionalCognitive] =
            "adl*|iadl*|katz|lawton|mini-cog|mini cog|moca|mmse|slums|cognit*|memory|forget*|confus*|oriented|" +
            "a&o|aox3|aao|gait|mobility|ambulat*|walker|cane|wheelchair|transfer*|bathing|dressing|toileting|" +
            "fall|falls|fell|tug|timed up|balance|independent|dependent|hoyer|bedbound|functional|function|" +
            "dementia|delirium|recall|clock draw*|feeding|continence|grooming",
        [ElementLabel.Psychosocial] =
            "phq*|gad*|depress*|anxiety|anxious|mood|coping|copes|stress*|grief|griev*|lonel*|isolat*|social support|" +
            "sdoh|food insecur*|insecurity|substance|alcohol|audit-c|tobacco|smok*|spiritual*|faith|church|mosque|" +
            "affect|counsel*|behavioral health|psychiatr*|suicid*|si|hopeless*|tearful|sad|spirits|psychosocial|" +
            "social|interests|hobbies|friends|widow*|employment|finances",
        [ElementLabel.Environmental] =
            "home safety|rug*|stair*|steps|grab bar*|lighting|light*|clutter*|smoke detector*|carbon monoxide|heat*|" +
            "air condition*|utilit*|electric*|water|housing|apartment|house|home|mobile home|elevator|bathroom|" +
            "shower|tub|railing*|handrail*|pet*|mold|pest*|oxygen|walk-through|hazard*|floor*|night light*|" +
            "environment*|cord*|thermostat|kitchen|bedroom|porch|ramp",
        [ElementLabel.Caregiver] =
            "caregiver*|care giver*|caregiving|daughter|son|wife|husband|spouse|partner|family member|niece|nephew|" +
            "grandson|granddaughter|sister|brother|aide|lives alone|lives with|burden|zarit|respite|helps with|" +
            "assists with|assistance from|relies on|support person|cares for|primary support|exhausted|burnout",
        [ElementLabel.Barriers] =
            "barrier*|cost|costs|afford*|copay*|transportation|no car|ride*|literacy|read|reading|language|interpreter|" +
            "spanish|hearing|deaf|vision|blind|insurance|coverage|distance|rural|work schedule|financial*|" +
            "unable to afford|can't afford|limited|lacks|lack of|access|obstacle*|difficulty|hard to|expensive|income",
        [ElementLabel.Preferences] =
            "prefer*|wish*|values|value*|important to|matters most|what matters|wants to|would like|does not want|" +
            "doesn't want|religio*|cultur*|declines|chooses|chose|choice|quality of life|priorit*|hopes|" +
            "in her own words|in his own words|personal goal*|her goal|his goal|my goal|likes|enjoys|dignity|tradition*",
        [ElementLabel.CommunityResources] =
            "meals on wheels|food bank*|food pantry|pantry|senior center*|area agency on aging|community|resource*|" +
            "support group*|program*|snap|liheap|waiver|paratransit|transport service*|2-1-1|ymca|adult day|" +
            "social work*|social worker|voucher*|pendant|medical alert|lifeline|agency|agencies|benefits|housing authority|" +
            "legal aid|church volunteer*|volunteer*|chore service*|homemaker",
        [ElementLabel.CareCoordination] =
            "coordinat*|specialist*|cardiolog*|nephrolog*|endocrin*|pulmonolog*|oncolog*|neurolog*|podiatr*|" +
            "ophthalmolog*|home health|hha|snf|hospital*|discharge summary|records|faxed|fax|hie|communicat*|notified|" +
            "consult*|transition*|referral sent|outside|report sent|sent to|received from|shared with dr|dr|" +
            "office|liaison|team huddle|case conference|co-manag*",
        [ElementLabel.AdvanceDirectives] =
            "advance directive*|polst|molst|most|dnr|dni|full code|code status|living will|health care proxy|" +
            "healthcare proxy|health care agent|healthcare agent|power of attorney|hcpoa|dpoa|surrogate|" +
            "advance care planning|acp|life-sustaining|resuscitat*|cpr|intubat*|comfort care|comfort measures|" +
            "end of life|end-of-life|hospice|five wishes|decision maker|decision-maker|do not",
        [ElementLabel.ReviewSchedule] =
            "review*|every 3|monthly|quarterly|annual*|yearly|each visit|next review|review date|re-evaluat*|" +
            "reevaluat*|reassess*|q3*|revisit*|at least|cadence|interval|periodic*|semi-annual*|every month|" +
            "every three months|every six months|by 3/1|scheduled for",
        [ElementLabel.PlanRevision] =
            "revis*|updated|update*|changed|change*|modified|modif*|amend*|added|removed|discontinued|replaced|" +
            "following admission|following hospitalization|after discharge|after admission|post-discharge|" +
            "post discharge|new goal|version|v2|since the|was previously|previous plan|no longer|now|adjusted",
        [ElementLabel.PlanShared] =
            "copy|copies|printed|mailed|mail|portal|mychart|shared|given to|provided to|sent to|emailed|email*|" +
            "handed|reviewed with|agreed|agrees|agreement|verbalized understanding|signed|acknowledg*|" +
            "after visit summary|avs|paper copy|hard copy|electronic copy|received the plan|received a copy",
        [ElementLabel.Consent] =
            "consent*|agree to enroll|agreed to enroll|enroll*|cost sharing|cost-sharing|cost share|copay|" +
            "coinsurance|20%|one practitioner|one provider|right to stop|right to revoke|revoke|revocation|" +
            "opt out|opt-out|withdraw|24/7|verbal consent|written consent|participat*|authoriz*|informed",
        [ElementLabel.TimeLog] =
            "minute*|min|mins|hr|hrs|hour*|time spent|total time|cumulative|" +
            "g0511|cpt|staff time|clinical staff|time log|timer|start time|stop time|duration|" +
            "running total|this month|calendar month|billable|threshold",
        [ElementLabel.Other] =
            "vital*|bp|pulse|temp|temperature|exam|heent|lungs|rrr|hpi|chief complaint|signed electronically|" +
            "signature|billing|claim|fax cover|confidential*|page|dob|mrn|allerg*|nkda|lab*|cbc|bmp|x-ray|ct|mri|" +
            "ros|review of systems|auscultation|abdomen|soft|nontender|appointment reminder|parking|registration|" +
            "insurance card|visit type|encounter|transcribed|dictated",
    };
}
