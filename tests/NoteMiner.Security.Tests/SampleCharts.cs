using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NoteMiner.Testing;

namespace NoteMiner.Security.Tests;

/// <summary>
/// The bundled sample charts copied under neutral folder names (a folder named after the patient would put the
/// name in every diagnostic's path), with damaged copies of their documents added so that diagnostics and their
/// technical detail are printed, and the patient identifiers a log must never hold.
/// </summary>
internal sealed partial class SampleCharts : IDisposable
{
    private readonly TempFolder _folder = new();

    public SampleCharts()
    {
        ChartA = Copy("maria-kowalski", "chart-a");
        ChartB = Copy("james-okafor", "chart-b");
        Damage(ChartA, "care_plan.pdf", "nurse_note.docx");
        Damage(ChartB, null, "care_plan.docx");
    }

    public string ChartA { get; }

    public string ChartB { get; }

    public string File(string name) => _folder.File(name);

    /// <summary>Patient names (whole and each part), Medicare IDs, MRNs, dates of birth and claim numbers in the charts.</summary>
    public IReadOnlyList<string> Identifiers()
    {
        var identifiers = new List<string>();
        foreach (var chart in new[] { ChartA, ChartB })
        {
            using var claim = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(chart, "claim.json")));
            var name = claim.RootElement.GetProperty("patientName").GetString()!;
            identifiers.Add(name);
            identifiers.AddRange(name.Split(' '));
            identifiers.Add(claim.RootElement.GetProperty("patientId").GetString()!);
            identifiers.Add(claim.RootElement.GetProperty("claimNumber").GetString()!);
        }

        var sources = Path.Combine(RepoPaths.Root, "tests", "NoteMiner.Samples.Tests", "Sources");
        foreach (var text in Directory.EnumerateFiles(sources, "*", SearchOption.AllDirectories).Select(System.IO.File.ReadAllText))
        {
            identifiers.AddRange(MedicalRecordNumber().Matches(text).Select(m => m.Groups[1].Value));
            identifiers.AddRange(BirthDate().Matches(text).Select(m => m.Groups[1].Value));
        }

        return identifiers.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every extracted line of at least 20 characters: the quotes a log must never hold.</summary>
    public static IReadOnlyList<string> Quotes(string extractJson)
    {
        using var json = JsonDocument.Parse(extractJson);
        return json.RootElement.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("pages").EnumerateArray())
            .SelectMany(p => p.GetProperty("lines").EnumerateArray())
            .Select(l => l.GetProperty("text").GetString()!.Trim())
            .Where(t => t.Length >= 20)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public void Dispose() => _folder.Dispose();

    private string Copy(string sample, string name)
    {
        var to = _folder.File(name);
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Samples, sample)))
        {
            System.IO.File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        return to;
    }

    /// <summary>
    /// Adds a truncated copy of a PDF, and a copy of a Word file whose XML breaks at the patient's surname, so that
    /// the XML parser's own message (kept out of every log) would quote it.
    /// </summary>
    private static void Damage(string chart, string? pdf, string docx)
    {
        if (pdf is not null)
        {
            var bytes = System.IO.File.ReadAllBytes(Path.Combine(chart, pdf));
            System.IO.File.WriteAllBytes(Path.Combine(chart, "damaged_" + pdf), bytes[..(bytes.Length * 7 / 10)]);
        }

        using var claim = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(chart, "claim.json")));
        var surname = claim.RootElement.GetProperty("patientName").GetString()!.Split(' ')[^1];
        var damaged = Path.Combine(chart, "damaged_" + docx);
        System.IO.File.Copy(Path.Combine(chart, docx), damaged);
        using var archive = ZipFile.Open(damaged, ZipArchiveMode.Update);
        var entry = archive.GetEntry("word/document.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }

        var at = xml.IndexOf(surname, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"{docx} does not name the patient; the damage would test nothing");
        }

        entry.Delete();
        using var writer = new StreamWriter(archive.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
        writer.Write(xml[..at] + "<" + surname + ">" + xml[at..]);
    }

    [GeneratedRegex(@"MRN:?\s*([A-Z]{2,3}-\d{6,7})")]
    private static partial Regex MedicalRecordNumber();

    [GeneratedRegex(@"DOB:?\s*(\d{2}/\d{2}/\d{4})")]
    private static partial Regex BirthDate();
}
