using NoteMiner.Classifier.Negation;

namespace NoteMiner.Classifier.Tests.Negation;

public sealed class NegationDetectorTests
{
    [Theory]
    [InlineData("Caregiver: N/A")]
    [InlineData("Caregiver assessment: not assessed")]
    [InlineData("PHQ-9: deferred")]
    [InlineData("Home safety evaluation: not performed")]
    [InlineData("Cognitive screen: unable to assess")]
    [InlineData("Goals: ___")]
    [InlineData("Prognosis:")]
    [InlineData("Advance directive: [ ]")]
    [InlineData("Advance directive on file: ☐ Yes ☐ No")]
    [InlineData("Interventions: none documented")]
    [InlineData("Problem list: see previous note")]
    [InlineData("Barriers: see H&P")]
    [InlineData("Caregiver — n/a")]
    [InlineData("Care plan review date: TBD")]
    [InlineData("Medication review: unable to complete (pt not available)")]
    [InlineData("Caregiver assessment not performed this visit.")]
    [InlineData("Home safety eval deferred to HH agency.")]
    [InlineData("Not assessed.")]
    [InlineData("| | |")]
    [InlineData("PHQ-9 | -- | -- | not done")]
    [InlineData("Goal | Baseline | Target | Date | (none)")]
    [InlineData("Total time: ___ min")]
    [InlineData("[ ] Care plan copy given to patient")]
    [InlineData("- ______")]
    [InlineData("Barricrs: not eva1uated")]
    public void Should_FlagAsNegated_When_FieldIsBlankOrPlaceholder(string text) =>
        Assert.True(NegationDetector.IsNegated(text), text);

    // Why the element was not assessed is not a finding about it: still no evidence.
    [Theory]
    [InlineData("Caregiver needs: unable to assess — family not present.")]
    [InlineData("Goals not reviewed this visit — pt in acute pain, visit shortened.")]
    [InlineData("Values/preferences not assessed — pt too short of breath for extended conversation.")]
    [InlineData("Adv dir: pt unable to participate — aphasic after CVA; no surrogate identified yet")]
    [InlineData("Resource inventory not reviewed today — visit focused on wound.")]
    [InlineData("Who helps you at home? — pt would not say")]
    [InlineData("Cognitive screen: postponed")]
    [InlineData("Falls screening questions: skipped")]
    [InlineData("Mood screening: skipped (visit ran over).")]
    [InlineData("Caregiver assessment: postponed, revisit in Feb")]
    [InlineData("Symptom management: no data")]
    [InlineData("Env/home hazards check: N/D")]
    [InlineData("Inhaler technique: not observed this visit")]
    public void Should_FlagAsNegated_When_OnlyTheReasonItWasNotAssessedIsGiven(string text) =>
        Assert.True(NegationDetector.IsNegated(text), text);

    // Form shapes: a caption with a dash and nothing after, unticked choices, coded exports, OCR-damaged pointers.
    [Theory]
    [InlineData("Anticipated course —")]
    [InlineData("Health care agent—see scanned packet")]
    [InlineData("Resuscitation status  ▢ Full code  ▢ DNR")]
    [InlineData("Uses a pillbox? Y / N")]
    [InlineData("Fall in last 6 months ( ) yes ( ) no")]
    [InlineData("Food ☐ Housing ☐ Utilities ☐ (none checked)")]
    [InlineData("Cognition.Screen=NOT_DONE; Cognition.Score=null")]
    [InlineData("Pain plan: scc prcvious notc")]
    [InlineData("Hous1ng: pt dec1ined t0 answer")]
    [InlineData("Functional status: [see PT eval]")]
    [InlineData("Advance care planning deferred until cardiology visit")]
    public void Should_FlagAsNegated_When_FormIsLeftEmpty(string text) =>
        Assert.True(NegationDetector.IsNegated(text), text);

    // A refusal's object is not a reason, and neither are the patient's words quoted after it.
    [Theory]
    [InlineData("Pt would not go over her home situation with me today.")]
    [InlineData("GAD-7 — refused, \"not today, honey.\"")]
    [InlineData("She declined to answer the food insecurity questions, said 'that's private.'")]
    [InlineData("Pt did not want to talk about who helps him at home.")]
    public void Should_FlagAsNegated_When_PatientDeclinedWithoutAReason(string text) =>
        Assert.True(NegationDetector.IsNegated(text), text);

    [Theory]
    [InlineData("Referred to the county senior center for congregate meals")]
    [InlineData("Meds: see attached list, reconciled with pharmacy fill history by RN")]
    [InlineData("Pt declined to take the statin — worried about muscle aches, prefers diet changes first.")]
    [InlineData("Code status: ▢ Full ☒ DNR")]
    [InlineData("Fall in last 6 months (x) yes ( ) no — tripped on porch step in May")]
    [InlineData("No caregiver — lives alone, independent in all ADLs and IADLs.")]
    [InlineData("Caregiver: none — pt is independent, manages own meds, drives, cooks.")]
    [InlineData("Caregiver: daughter Ana, visits daily, manages pillbox")]
    [InlineData("Barriers: none")]
    [InlineData("Barriers to care: none reported by pt.")]
    [InlineData("Environment: no hazards noted.")]
    [InlineData("Unable to complete MoCA because patient is legally blind; Mini-Cog verbal recall 3/3.")]
    [InlineData("Patient lives with daughter who helps with meals; caregiver burden screen not performed.")]
    [InlineData("Goal 1: No COPD exacerbation requiring ED visit through 05/31/2026.")]
    [InlineData("[x] Reconciled  [x] Interactions checked: none major  [ ] List printed")]
    [InlineData("Transportation — no car, lives outside the bus route")]
    [InlineData("Colonoscopy | GI | overdue | pt declined, readdress 6 mo")]
    [InlineData("Vitals: BP 132/78, HR 72")]
    [InlineData("Follow-up at 10:30 with cardiology")]
    [InlineData("No-added-salt diet")]
    [InlineData("No HCP, no living will. Pt declines at this time, informed she can complete one anytime. Readdress 6 mo.")]
    [InlineData("No more than 1 hypoglycemic episode (< 70) per month by next visit.")]
    [InlineData("Caregiver needs: not assessed — daughter lives next door and checks on him twice a day")]
    public void Should_NotFlag_When_PassageCarriesContentOrAReason(string text) =>
        Assert.False(NegationDetector.IsNegated(text), text);

    [Theory]
    [InlineData("Barriers: none", true)]
    [InlineData("Home hazards — none", true)]
    [InlineData("[x] Reconciled  [ ] List printed", true)]
    [InlineData("Caregiver: none", false)]
    [InlineData("Caregiver: N/A", false)]
    [InlineData("Pt has not received a copy of the care plan yet.", false)]
    public void Should_TellAnOutrightAnswer_When_ALearnedGuessMightCallItBlank(string text, bool answered) =>
        Assert.Equal(answered, NegationDetector.IsExplicitAnswer(text));
}
