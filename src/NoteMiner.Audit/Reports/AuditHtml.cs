using System.Globalization;

namespace NoteMiner.Audit.Reports;

/// <summary>
/// A self-contained HTML audit report: a summary with gap rates up top, then one anchored section per chart with
/// its gaps first, the checklist with coloured statuses and verbatim quotes (OCR confidence and templated text
/// marked), events, revisions and plan sharing; files that could not be read at the end. Inline CSS, no script,
/// no external assets; every piece of chart text is HTML-escaped.
/// </summary>
public static partial class AuditHtml
{
    /// <summary>Quotes longer than this many characters are shortened with "…" (the JSON keeps them whole).</summary>
    public const int MaxQuote = 600;

    /// <summary>OCR pages below this confidence (0–100) are marked as low-confidence.</summary>
    public const double LowOcrConfidence = 70;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Write(TextWriter output, IReadOnlyList<CarePlanAudit> audits, AuditReportInfo? info = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(audits);
        info ??= AuditReportInfo.Default;
        output.NewLine = "\n";
        var slugs = audits.Select((a, i) => HtmlText.Slug(i, a.Chart)).ToList();
        var anchors = audits.Select((a, i) => (a.Chart, Slug: slugs[i]))
            .GroupBy(a => a.Chart, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Slug, StringComparer.Ordinal);

        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("<html lang=\"en\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\">");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        output.WriteLine("<meta name=\"generator\" content=\"NoteMiner\">");
        output.WriteLine($"<title>{HtmlText.Escape(info.Title)} — {Count(audits.Count, "chart")}</title>");
        output.WriteLine($"<style>{Style}</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine("<div class=\"page\">");
        WriteHeader(output, audits, info);
        output.WriteLine("<main>");
        WriteSummary(output, audits, slugs);
        for (var i = 0; i < audits.Count; i++)
        {
            WriteChart(output, audits[i], slugs[i], anchors);
        }

        WriteProblems(output, audits, slugs, info);
        output.WriteLine("</main>");
        WriteFooter(output, info);
        output.WriteLine("</div>");
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    public static string ToHtml(IReadOnlyList<CarePlanAudit> audits, AuditReportInfo? info = null)
    {
        using var writer = new StringWriter(Invariant);
        Write(writer, audits, info);
        return writer.ToString();
    }

    private static void WriteHeader(TextWriter output, IReadOnlyList<CarePlanAudit> audits, AuditReportInfo info)
    {
        var documents = audits.Sum(a => a.Documents.Count);
        var pages = audits.Sum(a => a.Documents.Sum(d => d.Pages));
        var ocr = audits.Sum(a => a.Documents.Sum(d => d.OcrPages.Count));
        output.WriteLine("<header class=\"report-head\">");
        output.WriteLine($"<h1>{HtmlText.Escape(info.Title)}</h1>");
        var facts = new List<string>
        {
            Count(audits.Count, "chart"),
            Count(documents, "document"),
            Count(pages, "page") + (ocr > 0 ? $" ({ocr} OCR)" : ""),
        };
        if (info.Model is { } model)
        {
            facts.Add($"model <code>{HtmlText.Escape(model)}</code>");
        }

        if (info.GeneratedAt is { } at)
        {
            facts.Add("generated " + HtmlText.Escape(at.ToString("yyyy-MM-dd HH:mm zzz", Invariant)));
        }

        output.WriteLine($"<p class=\"meta\">{string.Join(" · ", facts)}</p>");
        if (info.Scope is { } scope)
        {
            output.WriteLine($"<p class=\"scope\">{HtmlText.Escape(scope)}</p>");
        }

        output.WriteLine("</header>");
    }

    private static void WriteFooter(TextWriter output, AuditReportInfo info)
    {
        output.WriteLine("<footer>");
        output.WriteLine("<p>Statuses: <span class=\"pill present\">present</span> specific, patient-specific evidence · "
            + "<span class=\"pill weak\">weak</span> only generic, boilerplate or vague text · "
            + "<span class=\"pill missing\">missing</span> absent, blank, “N/A” without a reason, not assessed. "
            + "Quotes are verbatim from the extracted text at the file, page and lines shown.</p>");
        foreach (var note in info.Notes)
        {
            output.WriteLine($"<p>{HtmlText.Escape(note)}</p>");
        }

        output.WriteLine($"<p>NoteMiner · {AuditJson.Schema}</p>");
        output.WriteLine("</footer>");
    }

    private static string Count(int count, string noun) =>
        count.ToString("N0", Invariant) + " " + (count == 1 ? noun : Plural(noun));

    private static string Plural(string noun) =>
        noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith('s') ? noun + "es" : noun + "s";

    private static string Percent(double rate) => (100 * rate).ToString("0", Invariant) + "%";

    private static string Pill(ElementStatus status) =>
        $"<span class=\"pill {AuditNames.Of(status)}\">{AuditNames.Of(status)}</span>";

    private static string Number(double value) => AuditNames.Round(value).ToString("0.00", Invariant);
}
