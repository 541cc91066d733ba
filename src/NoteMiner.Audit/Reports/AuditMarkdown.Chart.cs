namespace NoteMiner.Audit.Reports;

/// <summary>One chart's section: gaps, checklist, events, sharing, templated text.</summary>
public static partial class AuditMarkdown
{
    private static void WriteChart(TextWriter output, CarePlanAudit audit)
    {
        output.WriteLine($"## Chart {Escape(audit.Chart)}");
        output.WriteLine();
        var pages = audit.Documents.Sum(d => d.Pages);
        var ocr = audit.Documents.Sum(d => d.OcrPages.Count);
        var diagnostics = audit.Documents.Sum(d => d.Diagnostics.Count);
        output.WriteLine($"{Count(audit.Documents.Count, "document")}, {Count(pages, "page")} ({ocr} OCR), {Count(diagnostics, "diagnostic")}"
            + (audit.UnverifiedPassages > 0 ? $", {Count(audit.UnverifiedPassages, "passage")} not found verbatim (ignored)" : ""));
        output.WriteLine();

        output.WriteLine("### Gaps");
        output.WriteLine();
        var gaps = audit.Elements.Where(e => e.Status != ElementStatus.Present)
            .OrderBy(e => e.Status == ElementStatus.Missing ? 0 : 1).ToList();
        foreach (var gap in gaps)
        {
            var where = gap.Evidence.FirstOrDefault() ?? gap.Negated.FirstOrDefault();
            output.WriteLine($"- **{gap.Element.ToName()}** — {AuditNames.Of(gap.Status)}: {Escape(gap.Reason)}"
                + (where is null ? "" : $" ({Quote(where)})"));
        }

        if (audit.RevisedAfterEvent == false)
        {
            output.WriteLine("- **revision after event** — not every event is followed by a dated revision");
        }

        if (audit.PlanShared is null)
        {
            output.WriteLine("- **plan sharing** — no record of the plan being shared");
        }

        if (gaps.Count == 0 && audit.RevisedAfterEvent != false && audit.PlanShared is not null)
        {
            output.WriteLine("None.");
        }

        output.WriteLine();
        WriteChecklist(output, audit);
        WriteEvents(output, audit);
        WriteSharingAndTemplates(output, audit);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static void WriteChecklist(TextWriter output, CarePlanAudit audit)
    {
        output.WriteLine("### Checklist");
        output.WriteLine();
        output.WriteLine("| element | status | score | reason | best evidence |");
        output.WriteLine("|---|---|---:|---|---|");
        foreach (var finding in audit.Elements)
        {
            var best = finding.Evidence.FirstOrDefault();
            var quote = best is null ? "" : Quote(best) + (best.Templated ? " (templated)" : "");
            output.WriteLine($"| {finding.Element.ToName()} | {AuditNames.Of(finding.Status)} | "
                + $"{AuditNames.Round(finding.Score).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} | "
                + $"{Escape(finding.Reason)} | {quote} |");
        }

        output.WriteLine();
    }

    private static void WriteEvents(TextWriter output, CarePlanAudit audit)
    {
        output.WriteLine("### Events and revisions");
        output.WriteLine();
        if (audit.Events.Count == 0)
        {
            output.WriteLine("No hospitalizations, ED visits or other significant changes found.");
            output.WriteLine();
            return;
        }

        output.WriteLine("| event | date | evidence | revision |");
        output.WriteLine("|---|---|---|---|");
        foreach (var chartEvent in audit.Events)
        {
            var date = chartEvent.Date is { } d ? AuditNames.Of(d) : "undated";
            var revision = chartEvent.Revision is { } r ? $"{AuditNames.Of(r.Date)}: {Quote(r.Evidence)}" : "**none**";
            output.WriteLine($"| {AuditNames.Of(chartEvent.Type)} | {date} | {Quote(chartEvent.Evidence)} | {revision} |");
        }

        output.WriteLine();
        output.WriteLine(audit.RevisedAfterEvent == true ? "Revised after every event." : "**Not revised after every event.**");
        output.WriteLine();
    }

    private static void WriteSharingAndTemplates(TextWriter output, CarePlanAudit audit)
    {
        output.WriteLine("### Plan sharing");
        output.WriteLine();
        if (audit.PlanShared is { } sharing)
        {
            var how = sharing.Method is { } m ? AuditNames.Of(m) : "method not stated";
            var when = sharing.Date is { } d ? AuditNames.Of(d) : "undated";
            var agreed = sharing.Agreed switch { true => "agreed", false => "not agreed", _ => "agreement not stated" };
            output.WriteLine($"Shared {when}, {how}, {agreed}: {Quote(sharing.Evidence)}");
        }
        else
        {
            output.WriteLine("Not found.");
        }

        output.WriteLine();
        if (audit.Templated.Count > 0)
        {
            output.WriteLine("### Templated text");
            output.WriteLine();
            foreach (var match in audit.Templated)
            {
                output.WriteLine($"- {match.Element.ToName()}: also in chart {Escape(match.OtherChart)} "
                    + $"(similarity {AuditNames.Round(match.Similarity).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})");
            }

            output.WriteLine();
        }
    }
}
