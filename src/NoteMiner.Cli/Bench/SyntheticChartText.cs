using System.Globalization;
using System.Text;

namespace NoteMiner.Cli.Bench;

/// <summary>
/// A made-up care-plan chart as plain text, pages separated by form feeds: section headers, fields, list items and
/// visit notes with varying numbers and dates, so every stage has realistic work. Nobody real is named.
/// </summary>
internal static class SyntheticChartText
{
    private static readonly string[] Sections =
    [
        "PROBLEM LIST",
        "1. Type 2 diabetes mellitus, E11.9 - active, A1c {0}.{1}% on 0{2}/1{3}/2026",
        "2. Heart failure with reduced EF ({4}0%), I50.22 - stable on current regimen",
        "GOALS",
        "- A1c below 8% by 09/2026 (last {0}.{1}%)",
        "- Walk {5} minutes after lunch 5 days a week by 04/2026",
        "SYMPTOM MANAGEMENT",
        "Weigh every morning; call the nurse line if weight rises more than 2 lb in a day or 5 lb in a week.",
        "INTERVENTIONS",
        "RN care manager calls every 2 weeks; pharmacist reviews insulin doses monthly; PCP adjusts at visit {6}.",
        "MEDICATIONS",
        "Medication reconciliation completed {2}/0{3}/2026 with pill bottles; adherence by pillbox, no missed doses.",
        "FUNCTIONAL AND COGNITIVE STATUS",
        "Mini-Cog {7}/5; independent in ADLs, needs help with shopping; TUG 1{7} seconds; one fall in 2025.",
        "PSYCHOSOCIAL",
        "PHQ-9 score {8}, GAD-7 score {7}; lives with spouse; attends church group weekly.",
        "HOME ENVIRONMENT",
        "Home safety review: two steps at entry with rail, rugs removed, night lights in hallway, grab bars installed.",
        "CAREGIVER",
        "Spouse helps with meals and driving; reports manageable strain (Zarit {9}).",
        "CARE COORDINATION",
        "Cardiology follow-up 0{2}/2{3}/2026; notes received by fax and reviewed; nephrology referral placed.",
        "REVIEW",
        "Care plan reviewed monthly by phone; full review due 07/1{3}/2026.",
        "Visit note {6}: blood pressure 13{5}/8{7}, pulse 7{8}, weight 17{9} lb; no edema; lungs clear.",
        "Plan: continue current medications; labs in 3 months; return visit in 4 weeks.",
    ];

    public static string Create(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pages);
        var text = new StringBuilder();
        for (var page = 1; page <= pages; page++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Example Family Practice - Care Plan - page {page} of {pages}\n\n");
            object[] values = [7 + page % 3, page % 10, 1 + page % 9, page % 10, 3 + page % 2, 10 + page % 20, page, 3 + page % 3, page % 10, 10 + page % 10];
            foreach (var line in Sections)
            {
                text.Append(string.Format(CultureInfo.InvariantCulture, line, values)).Append('\n');
                if (line.Length > 0 && char.IsUpper(line[^1]))
                {
                    continue;
                }

                text.Append('\n');
            }

            if (page < pages)
            {
                text.Append('\f');
            }
        }

        return text.ToString();
    }
}
