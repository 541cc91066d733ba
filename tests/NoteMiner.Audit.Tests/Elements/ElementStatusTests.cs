using static NoteMiner.ElementLabel;

namespace NoteMiner.Audit.Tests.Elements;

public sealed class ElementStatusTests
{
    public static TheoryData<ElementLabel, string> SpecificPassages => new()
    {
        { ProblemList, "Type 2 diabetes (E11.65), uncontrolled, A1c 9.4% on 02/11/2026" },
        { Prognosis, "Prognosis: fair; expect gradual decline over the next 1-2 years given NYHA III heart failure" },
        { Goals, "A1c < 8% by 09/2026" },
        { SymptomManagement, "If weight gain > 2 lb/day or 5 lb/week, take extra furosemide 40 mg and call the CCM nurse" },
        { Interventions, "CCM RN will call weekly to review the glucose log; daughter Anna fills the pill organizer" },
        { MedicationReview, "Medication reconciliation 03/04/2026: stopped duplicate lisinopril; missed evening metformin doses, pill organizer started" },
        { FunctionalCognitive, "Mini-Cog 4/5; independent in ADLs, needs help with shopping; uses a cane, TUG 14 s" },
        { Psychosocial, "PHQ-9 = 7 (mild), GAD-7 4; widowed 2025, lives alone, attends church weekly" },
        { Environmental, "Home: 14 stairs to bedroom, throw rugs removed, grab bars installed in bathroom 02/2026" },
        { Caregiver, "Caregiver: daughter Anna, visits daily, manages medications; reports stress balancing work" },
        { Barriers, "Cannot afford insulin copay; no car, relies on the bus to reach the pharmacy" },
        { Preferences, "Patient wants to stay in her own home and keep gardening; does not want dialysis" },
        { CommunityResources, "Referred to Meals on Wheels 03/04/2026 and Area Agency on Aging for transportation" },
        { CareCoordination, "Cardiology (Dr. Patel) notes received 02/20/2026; CCM RN faxed updated med list to cardiology" },
        { AdvanceDirectives, "POLST on file: DNR/DNI, signed 01/12/2026; health care proxy is daughter Anna" },
        { ReviewSchedule, "Care plan reviewed monthly by CCM RN; next review 04/2026" },
        { PlanRevision, "Care plan updated 02/20/2026: furosemide increased to 40 mg daily, daily weights added" },
        { PlanShared, "Care plan shared via patient portal on 03/04/2026; patient agrees with plan" },
        { Consent, "Verbal consent for CCM obtained 01/05/2026; informed of cost sharing, one practitioner per month, right to stop at any time" },
        { TimeLog, "03/04/2026 CCM RN care coordination call with pharmacy, 22 minutes" },
    };

    public static TheoryData<ElementLabel, string, string> GenericPassages => new()
    {
        { ProblemList, "Pneumonia, resolved", "resolved" },
        { Prognosis, "Prognosis: good", "one-word prognosis" },
        { Goals, "Improve diabetes", "goal without measurable target" },
        { Goals, "Compliance with meds", "goal without measurable target" },
        { SymptomManagement, "Call if symptoms worsen", "call if symptoms worsen" },
        { Interventions, "Continue current plan", "continue current plan" },
        { MedicationReview, "Medications reviewed", "\"reviewed\" tick" },
        { FunctionalCognitive, "A&O x3", "A&O x3" },
        { Psychosocial, "Mood ok", "generic mood" },
        { Environmental, "Home: safe", "Home: safe" },
        { Caregiver, "Caregiver: family supportive", "family supportive" },
        { Barriers, "Barriers discussed with patient", "barriers discussed" },
        { Preferences, "A1c goal below 8 and LDL under 70", "clinician targets only" },
        { CommunityResources, "Community resources discussed", "resources discussed" },
        { CareCoordination, "Cardiology: Dr. Patel; Nephrology: Dr. Chen", "specialist names only" },
        { AdvanceDirectives, "Advance directive discussed", "advance directive discussed" },
        { ReviewSchedule, "Care plan review: PRN", "PRN" },
        { Consent, "Consent for colonoscopy signed 01/05/2026", "not specific to CCM" },
        { TimeLog, "Time spent on care coordination this month", "time without minutes" },
    };

    [Theory]
    [MemberData(nameof(SpecificPassages))]
    public void Should_BePresent_When_PassageIsSpecific(ElementLabel element, string text)
    {
        var audit = Audits.Of(new ChartBuilder("H01").Add(text, element));

        var finding = audit[element];
        Assert.Equal(ElementStatus.Present, finding.Status);
        Assert.InRange(finding.Score, 0.5, 1);
        Assert.Equal(text, Assert.Single(finding.Evidence).Text);
    }

    [Theory]
    [MemberData(nameof(GenericPassages))]
    public void Should_BeWeak_When_PassageIsGeneric(ElementLabel element, string text, string reason)
    {
        var audit = Audits.Of(new ChartBuilder("H01").Add(text, element));

        var finding = audit[element];
        Assert.Equal(ElementStatus.Weak, finding.Status);
        Assert.Contains(reason, finding.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(finding.Score, 0.01, 0.49);
        Assert.Single(finding.Evidence);
    }

    [Theory]
    [InlineData(PlanRevision, "Care plan reviewed 02/20/2026, no changes", "no changes")]
    [InlineData(PlanShared, "Copy of care plan available on request", "available on request")]
    public void Should_BeMissing_When_PassageSaysTheElementWasNotDone(ElementLabel element, string text, string reason)
    {
        var audit = Audits.Of(new ChartBuilder("H01").Add(text, element));

        var finding = audit[element];
        Assert.Equal(ElementStatus.Missing, finding.Status);
        Assert.Contains(reason, finding.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, finding.Score);
        Assert.Empty(finding.Evidence);
        Assert.Equal(text, Assert.Single(finding.Negated).Text);
    }

    [Fact]
    public void Should_BeMissing_When_NothingDocumentsTheElement()
    {
        var audit = Audits.Of(new ChartBuilder("H01").Add("BP 132/80, HR 72, lungs clear", Other));

        Assert.All(audit.Elements, f => Assert.Equal(ElementStatus.Missing, f.Status));
        Assert.All(audit.Elements, f => Assert.Equal(0, f.Score));
        Assert.Equal("not found in chart", audit[Goals].Reason);
        Assert.Equal(ElementLabels.Checklist, audit.Elements.Select(e => e.Element));
    }

    [Fact]
    public void Should_ListEvidenceBestFirst_When_SeveralPassagesQualify()
    {
        var chart = new ChartBuilder("H01")
            .Add("Improve diabetes", Goals, 0.95)
            .Add("Walk 20 minutes daily", Goals, 0.6)
            .Add("A1c < 8% by 09/2026; lose 10 lb within 6 months", Goals, 0.9)
            .Add("Goal: better control", Goals, 0.9)
            .Add("Eat healthy", Goals, 0.9)
            .Add("Exercise more", Goals, 0.9)
            .Add("Stay healthy", Goals, 0.9);

        var finding = Audits.Of(chart)[Goals];

        Assert.Equal(ElementStatus.Present, finding.Status);
        Assert.Equal(5, finding.Evidence.Count);
        Assert.Equal("A1c < 8% by 09/2026; lose 10 lb within 6 months", finding.Evidence[0].Text);
        Assert.Equal("Walk 20 minutes daily", finding.Evidence[1].Text);
        Assert.Equal([true, true, false, false, false], finding.Evidence.Select(e => e.Specific));
        Assert.Equal("measurable target and date", finding.Reason);
    }

    [Fact]
    public void Should_IgnoreTheClassifier_When_ScoreIsBelowThreshold()
    {
        var audit = Audits.Of(new ChartBuilder("H01").Add("A1c < 8% by 09/2026", Goals, score: 0.3));

        Assert.Equal(ElementStatus.Missing, audit[Goals].Status);
    }
}
