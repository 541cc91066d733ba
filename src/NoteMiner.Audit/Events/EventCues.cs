using System.Text.RegularExpressions;
using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Events;

/// <summary>
/// Words that report a hospitalization, ED visit or other significant change, and the words before them that
/// make the mention negative, hypothetical, planned or historical ("no ED visits", "avoid readmission").
/// </summary>
internal static class EventCues
{
    public static readonly Regex Hospitalization = Cue.Of(
        @"\b(?:admitted|admission|hospitali[sz](?:ed|ations?)|inpatient stay|readmitted|readmission|discharged from (?:the )?hospital|hospital (?:discharge|stay)|(?-i:ICU) stay)\b");

    public static readonly Regex EdVisit = Cue.Of(
        @"\b(?:(?-i:ED|ER) visits?|emergency (?:department|room)(?: visits?)?|seen in (?:the )?(?-i:ED|ER)|went to (?:the )?(?-i:ED|ER)|presented to (?:the )?(?-i:ED|ER)|(?-i:ED|ER) (?:on|for))\b");

    public static readonly Regex OtherChange = Cue.Of(
        @"\b(?:new(?:ly)? diagnos(?:is|ed)|diagnosed with|fell (?:and|with)|fall with (?:injury|fracture)|fractur(?:e|ed)|surgery|underwent|discharged (?:home )?from (?:(?-i:SNF)|skilled nursing|(?:inpatient )?rehab\w*)|(?-i:SNF) discharge|rehab discharge|started (?:on )?(?:insulin|warfarin|apixaban|rivaroxaban|dialysis|home oxygen|oxygen|chemotherapy)|new (?:home )?oxygen|initiated (?:on )?(?:dialysis|insulin)|stroke|(?-i:CVA)|myocardial infarction|heart attack)\b");

    /// <summary>Any event cue; used to keep an event's date from being read as a revision's or sharing's date.</summary>
    public static readonly Regex Any = Cue.Of(
        "(?:" + Hospitalization + ")|(?:" + EdVisit + ")|(?:" + OtherChange + ")");

    /// <summary>Words shortly before a cue that make it no event.</summary>
    public static readonly Regex Blocked = Cue.Of(
        @"\b(?:no|not|denies|denied|without|avoid\w*|prevent\w*|reduc\w*|decrease|minimi[sz]e|risk|if|should|would|could|may|schedul\w*|planned|planning|plans? to|upcoming|will|consider\w*|refer\w*|history of|hx of|h/o|prior|previous|past|goals?|zero|fewer|any)\b");

    /// <summary>Words right after a cue that make it a topic rather than an event ("fracture risk", "fall precautions").</summary>
    public static readonly Regex BlockedAfter = Cue.Of(
        @"^\W*(?:(?:and|or|/|&)\s*(?:discharge|transfer)\s+)?(?:risk|prevention|precautions|screen\w*|avoidance|plan|protocol|alerts?|notifications?|notices?)\b");

    /// <summary>
    /// Words right before a cue that refer back to an event ("after the hospital stay"): a date before them
    /// belongs to what happened afterwards, so only a date following the cue in its clause dates the event.
    /// </summary>
    public static readonly Regex ReferredBack = Cue.Of(@"\b(?:after|following|since|post)\W+(?:(?:the|her|his|their|this|that|a|an|recent|last)\s+)*$");

    /// <summary>A discharge date after an admission ends the stay ("Discharge date: 02/14/2026").</summary>
    public static readonly Regex DischargeLead = Cue.Of(@"\bdischarg\w*(?:\s+(?:date|on|home))?\W*$");

    /// <summary>Words that date an otherwise undated mention as recent.</summary>
    public static readonly Regex Recent = Cue.Of(
        @"\b(?:recent(?:ly)?|new(?:ly)?|this (?:week|month)|last (?:week|month)|since (?:the )?last visit|yesterday|today|\d+ (?:days?|weeks?) ago)\b");

    public static IEnumerable<(ChartEventType Type, Regex Pattern)> All
    {
        get
        {
            yield return (ChartEventType.Hospitalization, Hospitalization);
            yield return (ChartEventType.EdVisit, EdVisit);
            yield return (ChartEventType.OtherChange, OtherChange);
        }
    }
}
