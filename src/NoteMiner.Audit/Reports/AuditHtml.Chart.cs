namespace NoteMiner.Audit.Reports;

/// <summary>One chart's section: gaps first, then the checklist (gaps first too), events, sharing, documents.</summary>
public static partial class AuditHtml
{
    private static void WriteChart(
        TextWriter output, CarePlanAudit audit, string slug, IReadOnlyDictionary<string, string> anchors)
    {
        var pages = audit.Documents.Sum(d => d.Pages);
        var ocr = audit.Documents.Sum(d => d.OcrPages.Count);
        output.WriteLine($"<section class=\"chart\" id=\"{slug}\">");
        output.WriteLine($"<h2><span class=\"kicker\">Chart</span> {HtmlText.Escape(audit.Chart)}</h2>");
        var meta = $"{Count(audit.Documents.Count, "document")} · {Count(pages, "page")}" + (ocr > 0 ? $" ({ocr} OCR)" : "");
        if (audit.UnverifiedPassages > 0)
        {
            meta += $" · {Count(audit.UnverifiedPassages, "passage")} not found verbatim in the source (ignored)";
        }

        output.WriteLine($"<p class=\"meta\">{meta} · <a href=\"#summary\">back to summary</a></p>");
        WriteGaps(output, audit, slug);
        WriteChecklist(output, audit, slug);
        WriteEvents(output, audit);
        WriteSharing(output, audit);
        WriteTemplated(output, audit, anchors);
        WriteDocuments(output, audit);
        output.WriteLine("</section>");
    }

    private static void WriteGaps(TextWriter output, CarePlanAudit audit, string slug)
    {
        var gaps = audit.Elements.Where(e => e.Status != ElementStatus.Present)
            .OrderBy(e => e.Status == ElementStatus.Missing ? 0 : 1)
            .ToList();
        var chartGaps = new List<string>();
        if (audit.RevisedAfterEvent == false)
        {
            var unrevised = audit.Events.Count(e => e.Revision is null);
            chartGaps.Add($"No dated plan revision after {Count(unrevised, "event")} (hospitalization, ED visit or other change).");
        }

        if (audit.PlanShared is null)
        {
            chartGaps.Add("No record of the care plan being shared with the patient or caregiver.");
        }

        if (gaps.Count == 0 && chartGaps.Count == 0)
        {
            output.WriteLine("<div class=\"callout good\"><strong>No gaps.</strong> Every element has specific evidence.</div>");
            return;
        }

        output.WriteLine("<div class=\"callout bad\">");
        output.WriteLine($"<h3>Gaps <span class=\"count\">{gaps.Count + chartGaps.Count}</span></h3>");
        output.WriteLine("<ul class=\"gap-list\">");
        foreach (var gap in gaps)
        {
            output.WriteLine($"<li>{Pill(gap.Status)} <a href=\"#{slug}-{gap.Element.ToName()}\">"
                + $"{HtmlText.Escape(ElementTitles.Of(gap.Element))}</a> — {HtmlText.Escape(gap.Reason)}</li>");
        }

        foreach (var gap in chartGaps)
        {
            output.WriteLine($"<li><span class=\"pill missing\">gap</span> {HtmlText.Escape(gap)}</li>");
        }

        output.WriteLine("</ul>");
        output.WriteLine("</div>");
    }

    private static void WriteChecklist(TextWriter output, CarePlanAudit audit, string slug)
    {
        var ordered = audit.Elements
            .Select((finding, index) => (finding, index))
            .OrderBy(x => x.finding.Status switch { ElementStatus.Missing => 0, ElementStatus.Weak => 1, _ => 2 })
            .ThenBy(x => x.index)
            .Select(x => x.finding);
        output.WriteLine("<h3>Checklist</h3>");
        output.WriteLine("<table class=\"checklist\"><colgroup><col class=\"el\"><col class=\"st\"><col class=\"sc\"><col></colgroup>");
        output.WriteLine("<thead><tr><th>Element</th><th>Status</th><th class=\"num\">Score</th><th>Finding and evidence</th></tr></thead>");
        output.WriteLine("<tbody>");
        foreach (var finding in ordered)
        {
            var status = AuditNames.Of(finding.Status);
            output.WriteLine($"<tr id=\"{slug}-{finding.Element.ToName()}\" class=\"row-{status}\">");
            output.WriteLine($"<th scope=\"row\">{HtmlText.Escape(ElementTitles.Of(finding.Element))}"
                + $"<span class=\"wire\">{finding.Element.ToName()}</span></th>");
            output.WriteLine($"<td>{Pill(finding.Status)}</td><td class=\"num\">{Number(finding.Score)}</td>");
            output.WriteLine($"<td><p class=\"reason\">{HtmlText.Escape(finding.Reason)}</p>");
            if (finding.Evidence.Count > 0)
            {
                WriteQuote(output, finding.Evidence[0]);
            }

            if (finding.Evidence.Count > 1)
            {
                // The best quote carries the finding; the others stay one click away (and out of print).
                output.WriteLine($"<details class=\"more\"><summary>{Count(finding.Evidence.Count - 1, "more quote")}</summary>");
                foreach (var evidence in finding.Evidence.Skip(1))
                {
                    WriteQuote(output, evidence);
                }

                output.WriteLine("</details>");
            }

            if (finding.Negated.Count > 0)
            {
                output.WriteLine("<p class=\"sub\">Blank or negated entries (not evidence):</p>");
                foreach (var negated in finding.Negated)
                {
                    WriteQuote(output, negated, "negated");
                }
            }

            output.WriteLine("</td></tr>");
        }

        output.WriteLine("</tbody></table>");
    }

    private static void WriteDocuments(TextWriter output, CarePlanAudit audit)
    {
        output.WriteLine($"<h3>Documents <span class=\"none\">({audit.Documents.Count})</span></h3>");
        output.WriteLine("<table class=\"docs\"><thead><tr><th>File</th><th class=\"num\">Pages</th><th>OCR pages</th><th>Problems</th></tr></thead><tbody>");
        foreach (var document in audit.Documents)
        {
            var problems = document.Diagnostics.Count == 0
                ? "<span class=\"none\">–</span>"
                : string.Join("<br>", document.Diagnostics.Select(DiagnosticText));
            var ocrPages = document.OcrPages.Count == 0 ? "<span class=\"none\">–</span>" : string.Join(", ", document.OcrPages);
            output.WriteLine($"<tr><td class=\"path\">{HtmlText.Escape(document.Path)}</td><td class=\"num\">{document.Pages}</td>"
                + $"<td>{ocrPages}</td><td>{problems}</td></tr>");
        }

        output.WriteLine("</tbody></table>");
    }

    private static string DiagnosticText(Diagnostic diagnostic)
    {
        var tone = diagnostic.Skipped ? "bad" : "warn";
        var what = diagnostic.Skipped ? "skipped" : "partly read";
        var page = diagnostic.Page is { } p ? $"page {p}: " : "";
        return $"<span class=\"flag {tone}\">{what}</span> {HtmlText.Escape(page + diagnostic.Message)}";
    }
}
