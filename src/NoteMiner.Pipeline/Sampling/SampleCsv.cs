using System.Globalization;
using NoteMiner.Audit.Reports;

namespace NoteMiner.Pipeline.Sampling;

/// <summary>
/// Gap rates per element as RFC 4180 CSV (CRLF line ends, fields quoted when needed), one row per element:
/// <c>element,charts,present,weak,missing,gap_rate,missing_rate,missing_charts,weak_charts</c>; chart lists are
/// separated by <c>;</c> inside their field.
/// </summary>
public static class SampleCsv
{
    public const string Header = "element,charts,present,weak,missing,gap_rate,missing_rate,missing_charts,weak_charts";

    public static void Write(TextWriter output, SampleReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        output.Write(Header + "\r\n");
        foreach (var rate in report.Rates)
        {
            var fields = new[]
            {
                rate.Element.ToName(),
                Number(rate.Charts),
                Number(rate.Present),
                Number(rate.Weak),
                Number(rate.Missing),
                Rate(rate.GapRate),
                Rate(rate.MissingRate),
                string.Join(";", rate.MissingCharts),
                string.Join(";", rate.WeakCharts),
            };
            output.Write(string.Join(",", fields.Select(Field)) + "\r\n");
        }

        output.Flush();
    }

    public static string ToCsv(SampleReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, report);
        return writer.ToString();
    }

    /// <summary>A field quoted (inner quotes doubled) when it holds a comma, quote or line break, or starts or ends with a space.</summary>
    internal static string Field(string value)
    {
        var needsQuotes = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (value[0] == ' ' || value[^1] == ' '));
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture);
}
