using System.Globalization;
using System.Text;
using NoteMiner.Classifier.Evaluation;

namespace NoteMiner.Cli;

/// <summary>Plain-text tables of an evaluation: per-label P/R/F1, macro-F1, negation accuracy, confusion matrix.</summary>
internal static class ReportText
{
    public static string Format(string title, EvaluationReport report, bool confusion = true)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"== {title}: {report.Examples} passages");
        text.AppendLine(c, $"{"label",-22} {"P",6} {"R",6} {"F1",6} {"n",5}");
        foreach (var s in report.PerLabel)
        {
            text.AppendLine(c, $"{s.Label.ToName(),-22} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F1,6:0.000} {s.Support,5}");
        }

        text.AppendLine(c, $"accuracy {report.Accuracy:0.0000}  macro-F1 {report.MacroF1:0.0000}");
        var n = report.Negation;
        text.AppendLine(c, $"negation accuracy {n.Accuracy:0.0000}  precision {n.Precision:0.000}  recall {n.Recall:0.000}  (gold negated {n.GoldNegated}, predicted {n.PredictedNegated})");
        if (confusion)
        {
            AppendConfusion(text, report);
        }

        return text.ToString();
    }

    private static void AppendConfusion(StringBuilder text, EvaluationReport report)
    {
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("confusion (rows gold, columns predicted; columns numbered as rows):");
        text.Append(' ', 26);
        for (var j = 0; j < report.Labels.Count; j++)
        {
            text.Append(c, $"{j + 1,4}");
        }

        text.AppendLine();
        for (var i = 0; i < report.Labels.Count; i++)
        {
            text.Append(c, $"{i + 1,3} {report.Labels[i].ToName(),-22}");
            foreach (var count in report.Confusion[i])
            {
                text.Append(count == 0 ? "   ." : string.Create(c, $"{count,4}"));
            }

            text.AppendLine();
        }
    }
}
