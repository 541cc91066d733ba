namespace NoteMiner.Audit.Reports;

/// <summary>The summary: headline figures, gap rates by element (worst first) and one line per chart.</summary>
public static partial class AuditHtml
{
    private const int MaxChartsPerRate = 12;

    private static void WriteSummary(TextWriter output, IReadOnlyList<CarePlanAudit> audits, IReadOnlyList<string> slugs)
    {
        output.WriteLine("<section id=\"summary\" class=\"summary\">");
        output.WriteLine("<h2>Summary</h2>");
        WriteCards(output, audits);
        if (audits.Count == 0)
        {
            output.WriteLine("<p class=\"empty\">No charts were audited.</p>");
            output.WriteLine("</section>");
            return;
        }

        WriteRates(output, audits, slugs);
        WriteChartTable(output, audits, slugs);
        output.WriteLine("</section>");
    }

    private static void WriteCards(TextWriter output, IReadOnlyList<CarePlanAudit> audits)
    {
        var cells = audits.Count * ElementLabels.Checklist.Count;
        var missing = audits.Sum(a => a.Elements.Count(e => e.Status == ElementStatus.Missing));
        var weak = audits.Sum(a => a.Elements.Count(e => e.Status == ElementStatus.Weak));
        var complete = audits.Count(a => a.Elements.All(e => e.Status == ElementStatus.Present));
        var withEvents = audits.Where(a => a.RevisedAfterEvent is not null).ToList();
        var revised = withEvents.Count(a => a.RevisedAfterEvent == true);
        var shared = audits.Count(a => a.PlanShared is not null);
        var templated = audits.Count(a => a.Templated.Count > 0);
        var unreadable = audits.Sum(a => a.Documents.Count(d => d.Diagnostics.Any(x => x.Skipped)));

        output.WriteLine("<div class=\"cards\">");
        Card(output, $"{complete} / {audits.Count}", "charts fully documented", complete == audits.Count ? "good" : "bad");
        Card(output, missing.ToString(Invariant), $"missing elements (of {cells})", missing == 0 ? "good" : "bad");
        Card(output, weak.ToString(Invariant), $"weak elements (of {cells})", weak == 0 ? "good" : "warn");
        Card(output, withEvents.Count == 0 ? "–" : $"{revised} / {withEvents.Count}",
            "revised after events", withEvents.Count == revised ? "good" : "bad");
        Card(output, $"{shared} / {audits.Count}", "plan shared with patient", shared == audits.Count ? "good" : "bad");
        Card(output, templated.ToString(Invariant), "charts with templated evidence", templated == 0 ? "good" : "warn");
        Card(output, unreadable.ToString(Invariant), "files not read", unreadable == 0 ? "good" : "bad");
        output.WriteLine("</div>");
    }

    private static void Card(TextWriter output, string figure, string label, string tone) =>
        output.WriteLine($"<div class=\"card {tone}\"><div class=\"figure\">{HtmlText.Escape(figure)}</div>"
            + $"<div class=\"label\">{HtmlText.Escape(label)}</div></div>");

    private static void WriteRates(TextWriter output, IReadOnlyList<CarePlanAudit> audits, IReadOnlyList<string> slugs)
    {
        var slugOf = audits.Select((a, i) => (a.Chart, Slug: slugs[i]))
            .GroupBy(x => x.Chart, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Slug, StringComparer.Ordinal);
        var rates = GapRates.Compute(audits)
            .OrderByDescending(r => r.GapRate).ThenByDescending(r => r.MissingRate)
            .ToList();
        output.WriteLine("<h3>Gap rates by element</h3>");
        output.WriteLine("<table class=\"rates\">");
        output.WriteLine("<thead><tr><th>Element</th><th class=\"bar-col\">Gap rate (weak + missing)</th>"
            + "<th class=\"num\">Missing</th><th class=\"num\">Weak</th><th class=\"num\">Present</th><th>Charts with gaps</th></tr></thead>");
        output.WriteLine("<tbody>");
        foreach (var rate in rates)
        {
            var missingWidth = (100 * rate.MissingRate).ToString("0.#", Invariant);
            var weakWidth = (100.0 * rate.Weak / Math.Max(1, rate.Charts)).ToString("0.#", Invariant);
            var charts = rate.MissingCharts.Select(c => (Chart: c, Status: ElementStatus.Missing))
                .Concat(rate.WeakCharts.Select(c => (Chart: c, Status: ElementStatus.Weak)))
                .ToList();
            var links = string.Join(" ", charts.Take(MaxChartsPerRate).Select(c =>
                $"<a class=\"chip {AuditNames.Of(c.Status)}\" href=\"#{slugOf[c.Chart]}-{rate.Element.ToName()}\">{HtmlText.Escape(c.Chart)}</a>"));
            if (charts.Count > MaxChartsPerRate)
            {
                links += $" <span class=\"more\">+{charts.Count - MaxChartsPerRate} more</span>";
            }

            output.WriteLine($"<tr><th scope=\"row\">{HtmlText.Escape(ElementTitles.Of(rate.Element))}"
                + $"<span class=\"wire\">{rate.Element.ToName()}</span></th>"
                + $"<td class=\"bar-col\"><div class=\"bar\" role=\"img\" aria-label=\"{Percent(rate.GapRate)} gaps\">"
                + $"<span class=\"seg missing\" style=\"width:{missingWidth}%\"></span>"
                + $"<span class=\"seg weak\" style=\"width:{weakWidth}%\"></span></div>"
                + $"<span class=\"rate\">{Percent(rate.GapRate)}</span></td>"
                + $"<td class=\"num\">{rate.Missing}</td><td class=\"num\">{rate.Weak}</td><td class=\"num\">{rate.Present}</td>"
                + $"<td class=\"chips\">{(links.Length == 0 ? "<span class=\"none\">none</span>" : links)}</td></tr>");
        }

        output.WriteLine("</tbody></table>");
    }

    private static void WriteChartTable(TextWriter output, IReadOnlyList<CarePlanAudit> audits, IReadOnlyList<string> slugs)
    {
        output.WriteLine("<h3>Charts</h3>");
        output.WriteLine("<table class=\"overview\">");
        output.WriteLine("<thead><tr><th>Chart</th><th>Checklist</th><th class=\"num\">Missing</th><th class=\"num\">Weak</th>"
            + "<th>Revised after events</th><th>Plan shared</th><th>Templated</th><th>Files not read</th></tr></thead>");
        output.WriteLine("<tbody>");
        for (var i = 0; i < audits.Count; i++)
        {
            var audit = audits[i];
            var strip = string.Concat(audit.Elements.Select(e =>
                $"<a class=\"cell {AuditNames.Of(e.Status)}\" href=\"#{slugs[i]}-{e.Element.ToName()}\" "
                + $"title=\"{HtmlText.Escape(ElementTitles.Of(e.Element))}: {AuditNames.Of(e.Status)}\"></a>"));
            var unreadable = audit.Documents.Count(d => d.Diagnostics.Any(x => x.Skipped));
            output.WriteLine($"<tr><th scope=\"row\"><a href=\"#{slugs[i]}\">{HtmlText.Escape(audit.Chart)}</a></th>"
                + $"<td><div class=\"strip\">{strip}</div></td>"
                + $"<td class=\"num\">{audit.Elements.Count(e => e.Status == ElementStatus.Missing)}</td>"
                + $"<td class=\"num\">{audit.Elements.Count(e => e.Status == ElementStatus.Weak)}</td>"
                + $"<td>{YesNo(audit.RevisedAfterEvent, "no events")}</td>"
                + $"<td>{YesNo(audit.PlanShared is not null, "")}</td>"
                + $"<td>{(audit.Templated.Count == 0 ? "<span class=\"none\">–</span>" : $"<span class=\"flag warn\">{Count(audit.Templated.Count, "match")}</span>")}</td>"
                + $"<td>{(unreadable == 0 ? "<span class=\"none\">–</span>" : $"<span class=\"flag bad\">{unreadable}</span>")}</td></tr>");
        }

        output.WriteLine("</tbody></table>");
    }

    private static string YesNo(bool? value, string whenNull) => value switch
    {
        true => "<span class=\"flag good\">yes</span>",
        false => "<span class=\"flag bad\">no</span>",
        _ => $"<span class=\"none\">{HtmlText.Escape(whenNull)}</span>",
    };
}
