using System.Globalization;
using System.Text;

namespace NoteMiner.Audit.Reports;

/// <summary>
/// A Markdown audit report for people: gap rates across the charts, then per chart its gaps first and the
/// checklist with the best quote and its location. Quotes longer than <see cref="MaxQuote"/> characters are
/// shortened with "…" (the JSON keeps them whole).
/// </summary>
public static partial class AuditMarkdown
{
    public const int MaxQuote = 200;

    private const int MaxChartsListed = 10;

    public static void Write(TextWriter output, IReadOnlyList<CarePlanAudit> audits, string? model = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(audits);
        output.NewLine = "\n";
        output.WriteLine("# Care-plan audit");
        output.WriteLine();
        output.WriteLine(model is null ? $"Charts: {audits.Count}" : $"Charts: {audits.Count} · model: `{Escape(model)}`");
        output.WriteLine();
        WriteSummary(output, audits);
        foreach (var audit in audits)
        {
            WriteChart(output, audit);
        }
    }

    public static string ToMarkdown(IReadOnlyList<CarePlanAudit> audits, string? model = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, audits, model);
        return writer.ToString();
    }

    private static void WriteSummary(TextWriter output, IReadOnlyList<CarePlanAudit> audits)
    {
        output.WriteLine("## Gap rates");
        output.WriteLine();
        output.WriteLine("| element | missing | weak | gap rate | charts with gaps |");
        output.WriteLine("|---|---:|---:|---:|---|");
        foreach (var element in ElementLabels.Checklist)
        {
            var findings = audits.Select(a => (a.Chart, Finding: a.Elements.FirstOrDefault(e => e.Element == element))).ToList();
            var missing = findings.Count(f => f.Finding?.Status == ElementStatus.Missing);
            var weak = findings.Count(f => f.Finding?.Status == ElementStatus.Weak);
            var gaps = findings.Where(f => f.Finding?.Status is ElementStatus.Missing or ElementStatus.Weak).Select(f => f.Chart).ToList();
            var listed = string.Join(", ", gaps.Take(MaxChartsListed).Select(Escape)) + (gaps.Count > MaxChartsListed ? ", …" : "");
            output.WriteLine($"| {element.ToName()} | {missing} | {weak} | {Percent(gaps.Count, audits.Count)} | {listed} |");
        }

        var withEvents = audits.Where(a => a.RevisedAfterEvent is not null).ToList();
        output.WriteLine();
        output.WriteLine($"- Revised after events: {withEvents.Count(a => a.RevisedAfterEvent == true)} of {withEvents.Count} charts with events");
        output.WriteLine($"- Plan shared: {audits.Count(a => a.PlanShared is not null)} of {audits.Count} charts");
        output.WriteLine($"- Charts with templated evidence: {audits.Count(a => a.Templated.Count > 0)} of {audits.Count}");
        output.WriteLine();
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A quote with its location: "text" — file p. 2, l. 14–15.</summary>
    private static string Quote(Evidence evidence)
    {
        var text = evidence.Text.Length > MaxQuote ? evidence.Text[..MaxQuote].TrimEnd() + "…" : evidence.Text;
        var lines = evidence.FirstLine == evidence.LastLine
            ? $"l. {evidence.FirstLine}"
            : $"l. {evidence.FirstLine}–{evidence.LastLine}";
        var ocr = evidence.Source == PageSource.Ocr ? ", OCR" : "";
        return $"“{Escape(text)}” — {Escape(Path.GetFileName(evidence.File))} p. {evidence.Page}, {lines}{ocr}";
    }

    /// <summary>Escapes Markdown syntax so chart text cannot break the table or turn into markup.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
                continue;
            }

            if (c is '\\' or '`' or '*' or '_' or '|' or '<' or '>' or '[' or ']' or '#')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
