using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NoteMiner.Classifier.Segmentation;
using NoteMiner.Testing;

namespace NoteMiner.Classifier.Tests.Ood;

/// <summary>
/// Out-of-distribution passages from the shared public corpus, labeled by the section they come from (never
/// trained on): Synthea care plans (goals, activities, conditions), the HL7 C-CDA Care Plan (Health Concerns,
/// Goals, Interventions) and other C-CDA documents, and MTSamples notes cut by <see cref="PassageSegmenter"/>.
/// The section-implied label is a weak gold standard; the figures show where the model breaks.
/// </summary>
internal static partial class OodSets
{
    private static readonly XNamespace Hl7 = "urn:hl7-org:v3";

    public static IReadOnlyList<OodPassage> Synthea()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.CorpusPath("synthea", "careplans_flattened.json")));
        var passages = new List<OodPassage>();
        foreach (var plan in json.RootElement.EnumerateArray())
        {
            Add(plan, "goals", "goals", ElementLabel.Goals);
            Add(plan, "activities", "activities", ElementLabel.Interventions);
            Add(plan, "addresses_display", "conditions", ElementLabel.ProblemList);
        }

        return passages.DistinctBy(p => (p.Group, p.Text)).ToList();

        void Add(JsonElement plan, string property, string group, ElementLabel label)
        {
            foreach (var item in plan.GetProperty(property).EnumerateArray())
            {
                passages.Add(new OodPassage("synthea", group, item.GetString() ?? "", null, label));
            }
        }
    }

    /// <summary>The rows and items of Care_Plan.xml's Health Concerns, Goals and Interventions sections.</summary>
    public static IReadOnlyList<OodPassage> Hl7CarePlan() =>
        Hl7Sections(RepoPaths.CorpusPath("hl7-ccda", "Documents", "Care Plan", "Care_Plan.xml"), "hl7-care-plan")
            .Where(p => p.Group is "health concerns" or "goals" or "interventions")
            .ToList();

    /// <summary>Sections of the other C-CDA documents whose title says what they hold.</summary>
    public static IReadOnlyList<OodPassage> Hl7Documents() =>
        Directory.GetFiles(RepoPaths.CorpusPath("hl7-ccda", "Documents"), "*.xml", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("Care_Plan.xml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => Hl7Sections(f, "hl7-documents"))
            .ToList();

    /// <summary>MTSamples notes as text lines, segmented, each passage labeled by its section name.</summary>
    public static IReadOnlyList<OodPassage> MtSamples()
    {
        var segmenter = new PassageSegmenter();
        var passages = new List<OodPassage>();
        foreach (var (id, transcription) in MtSampleNotes())
        {
            var lines = SectionStart().Replace(transcription, "\n$1").Split('\n')
                .Select(l => CommaAfterColon().Replace(l.Trim(), ": ").Trim().TrimEnd(','))
                .Where(l => l.Length > 0)
                .Select((l, i) => new Line(i + 1, l, new BoundingBox(0, 2 * i, l.Length, (2 * i) + 1)))
                .ToList();
            var document = new ExtractedDocument(id, DocumentKind.Text, [new Page(1, PageSource.Text, null, 100, 2 * lines.Count, lines)], []);
            foreach (var passage in segmenter.Segment(document))
            {
                var section = (passage.FieldLabel ?? passage.Header ?? "").Trim().ToUpperInvariant();
                if (MtSampleSections.TryGetValue(section, out var expected))
                {
                    passages.Add(new OodPassage("mtsamples", MtSampleGroup(expected, section), passage.Text, passage.Header, expected));
                }
            }
        }

        return passages;
    }

    private static IEnumerable<(string Id, string Text)> MtSampleNotes()
    {
        var csv = File.ReadAllText(RepoPaths.CorpusPath("mtsamples", "mtsamples_ccm_subset.csv"));
        var rows = CsvRows(csv).ToList();
        var header = rows[0];
        var id = Array.IndexOf(header, "note_id");
        var text = Array.IndexOf(header, "transcription");
        return rows.Skip(1).Where(r => r.Length > text).Select(r => (r[id], r[text]));
    }

    private static IEnumerable<OodPassage> Hl7Sections(string file, string set)
    {
        var document = XDocument.Load(file);
        foreach (var section in document.Descendants(Hl7 + "section"))
        {
            var title = section.Element(Hl7 + "title")?.Value.Trim() ?? "";
            var group = Regex.Replace(title, @"\s*Section$", "", RegexOptions.IgnoreCase).Trim().ToLowerInvariant();
            if (!Hl7Labels.TryGetValue(group, out var label) || section.Element(Hl7 + "text") is not { } text)
            {
                continue;
            }

            // Table rows when the section has a table (cells may nest lists), else leaf list items, else paragraphs.
            var rows = text.Descendants(Hl7 + "tbody").Elements(Hl7 + "tr").Select(tr => string.Join(" | ", tr.Elements().Select(Clean))).ToList();
            var items = text.Descendants(Hl7 + "item").Where(i => !i.Descendants(Hl7 + "item").Any()).Select(Clean).ToList();
            var pieces = (rows.Count > 0 ? rows : items.Count > 0 ? items : text.Descendants(Hl7 + "paragraph").Select(Clean).ToList())
                .Where(p => p.Count(char.IsLetter) >= 3);
            foreach (var piece in pieces)
            {
                yield return new OodPassage(set, group, piece, title, label);
            }
        }
    }

    private static string Clean(XElement element) => Whitespace().Replace(element.Value, " ").Trim();

    private static string MtSampleGroup(ElementLabel expected, string section) =>
        expected == ElementLabel.Other ? "other sections" : $"{expected.ToName()} ({section.ToLowerInvariant()})";

    /// <summary>RFC 4180 rows: quoted fields may hold commas, newlines and doubled quotes.</summary>
    private static IEnumerable<string[]> CsvRows(string csv)
    {
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return [.. row];
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            yield return [.. row];
        }
    }

    [GeneratedRegex(@"(?:(?<=^)|,\s*)([A-Z][A-Z /&()-]{2,45}:)")]
    private static partial Regex SectionStart();

    [GeneratedRegex(@":\s*,\s*")]
    private static partial Regex CommaAfterColon();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
