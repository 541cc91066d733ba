namespace NoteMiner.Audit.Reports;

/// <summary>Quotes with their location and provenance, events and revisions, plan sharing, templated text.</summary>
public static partial class AuditHtml
{
    private static void WriteQuote(TextWriter output, Evidence evidence, string? kind = null)
    {
        var classes = "quote" + (kind is null ? "" : " " + kind) + (evidence.Templated ? " templated" : "")
            + (evidence.Source == PageSource.Ocr ? " ocr" : "");
        var text = evidence.Text.Length > MaxQuote ? evidence.Text[..MaxQuote].TrimEnd() + "…" : evidence.Text;
        output.WriteLine($"<figure class=\"{classes}\"><blockquote>{HtmlText.Escape(text)}</blockquote>"
            + $"<figcaption>{Location(evidence)}{Badges(evidence)}</figcaption></figure>");
    }

    private static string Location(Evidence evidence)
    {
        var lines = evidence.FirstLine == evidence.LastLine
            ? $"l. {evidence.FirstLine}"
            : $"l. {evidence.FirstLine}–{evidence.LastLine}";
        return $"<span class=\"loc\" title=\"{HtmlText.Escape(evidence.File)}\">{HtmlText.Escape(Path.GetFileName(evidence.File))}"
            + $" · p. {evidence.Page} · {lines}</span>";
    }

    private static string Badges(Evidence evidence)
    {
        var badges = "";
        if (evidence.Source == PageSource.Ocr)
        {
            var confidence = evidence.OcrConfidence;
            var low = confidence is { } c && c < LowOcrConfidence;
            var figure = confidence is { } value ? " " + value.ToString("0", Invariant) + "%" : "";
            badges += $" <span class=\"badge {(low ? "ocr-low" : "ocr")}\" title=\"text read by OCR; page confidence\">OCR{figure}</span>";
        }

        if (evidence.Templated)
        {
            badges += " <span class=\"badge templated\" title=\"recurs nearly verbatim in another patient's chart\">templated</span>";
        }

        if (evidence.Confidence > 0)
        {
            badges += $" <span class=\"conf\" title=\"classifier confidence\">conf. {Number(evidence.Confidence)}</span>";
        }

        return badges;
    }

    private static void WriteEvents(TextWriter output, CarePlanAudit audit)
    {
        output.WriteLine("<h3>Events and revisions</h3>");
        if (audit.Events.Count == 0)
        {
            output.WriteLine("<p class=\"none\">No hospitalizations, ED visits or other significant changes found.</p>");
            return;
        }

        output.WriteLine("<table class=\"events\"><thead><tr><th>Event</th><th>Date</th><th>Evidence</th><th>Plan revision</th></tr></thead><tbody>");
        foreach (var chartEvent in audit.Events)
        {
            output.WriteLine($"<tr><td>{HtmlText.Escape(EventTitle(chartEvent.Type))}</td>"
                + $"<td class=\"date\">{(chartEvent.Date is { } d ? AuditNames.Of(d) : "<span class=\"none\">undated</span>")}</td><td>");
            WriteQuote(output, chartEvent.Evidence);
            output.Write("</td><td>");
            if (chartEvent.Revision is { } revision)
            {
                output.WriteLine($"<span class=\"flag good\">revised {AuditNames.Of(revision.Date)}</span>");
                WriteQuote(output, revision.Evidence);
            }
            else
            {
                output.WriteLine("<span class=\"flag bad\">no revision found</span>");
            }

            output.WriteLine("</td></tr>");
        }

        output.WriteLine("</tbody></table>");
    }

    private static string EventTitle(ChartEventType type) => type switch
    {
        ChartEventType.Hospitalization => "Hospitalization",
        ChartEventType.EdVisit => "ED visit",
        _ => "Other significant change",
    };

    private static void WriteSharing(TextWriter output, CarePlanAudit audit)
    {
        output.WriteLine("<h3>Plan sharing</h3>");
        if (audit.PlanShared is not { } sharing)
        {
            output.WriteLine("<p><span class=\"flag bad\">not found</span> No record of a copy given, sent or reviewed with the patient or caregiver.</p>");
            return;
        }

        var when = sharing.Date is { } d ? AuditNames.Of(d) : "undated";
        var how = sharing.Method is { } m ? AuditNames.Of(m) : "method not stated";
        var agreed = sharing.Agreed switch
        {
            true => "<span class=\"flag good\">agreed</span>",
            false => "<span class=\"flag bad\">not agreed</span>",
            _ => "<span class=\"flag warn\">agreement not stated</span>",
        };
        output.WriteLine($"<p><span class=\"flag good\">shared</span> {HtmlText.Escape(when)} · {HtmlText.Escape(how)} · {agreed}</p>");
        WriteQuote(output, sharing.Evidence);
    }

    private static void WriteTemplated(TextWriter output, CarePlanAudit audit, IReadOnlyDictionary<string, string> anchors)
    {
        if (audit.Templated.Count == 0)
        {
            return;
        }

        output.WriteLine("<h3>Templated text</h3>");
        output.WriteLine("<p class=\"sub\">Evidence that recurs nearly verbatim in other patients' charts (names and dates masked):</p>");
        output.WriteLine("<ul class=\"templated-list\">");
        foreach (var match in audit.Templated)
        {
            var other = anchors.TryGetValue(match.OtherChart, out var anchor)
                ? $"<a href=\"#{anchor}\">{HtmlText.Escape(match.OtherChart)}</a>"
                : HtmlText.Escape(match.OtherChart);
            output.WriteLine($"<li><span class=\"badge templated\">templated</span> {HtmlText.Escape(ElementTitles.Of(match.Element))}"
                + $" — also in chart {other} (similarity {Number(match.Similarity)})</li>");
        }

        output.WriteLine("</ul>");
    }

    private static void WriteProblems(
        TextWriter output, IReadOnlyList<CarePlanAudit> audits, IReadOnlyList<string> slugs, AuditReportInfo info)
    {
        var rows = audits.SelectMany((a, i) => a.Documents.SelectMany(d => d.Diagnostics.Select(x => (Chart: a.Chart, Slug: slugs[i], Diagnostic: x))))
            .Concat(info.RunDiagnostics.Select(x => (Chart: "", Slug: "", Diagnostic: x)))
            .ToList();
        output.WriteLine("<section id=\"problems\" class=\"problems\">");
        output.WriteLine("<h2>Files not read and other problems</h2>");
        if (rows.Count == 0)
        {
            output.WriteLine("<p class=\"none\">Every file was read in full.</p>");
            output.WriteLine("</section>");
            return;
        }

        output.WriteLine("<table class=\"docs\"><thead><tr><th>Chart</th><th>File</th><th>Problem</th></tr></thead><tbody>");
        foreach (var (chart, slug, diagnostic) in rows)
        {
            var chartCell = chart.Length == 0 ? "<span class=\"none\">run</span>" : $"<a href=\"#{slug}\">{HtmlText.Escape(chart)}</a>";
            output.WriteLine($"<tr><td>{chartCell}</td><td class=\"path\">{HtmlText.Escape(diagnostic.File)}</td><td>{DiagnosticText(diagnostic)}</td></tr>");
        }

        output.WriteLine("</tbody></table>");
        output.WriteLine("</section>");
    }
}
