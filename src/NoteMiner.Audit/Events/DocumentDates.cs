using System.Text.RegularExpressions;
using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Events;

/// <summary>
/// A document's own date: from a header line near the top of its first page ("Date of service:", "Note date:",
/// "Date:", "Dictated:", in that order of preference), else from its file name (2026-03-04_note.pdf).
/// </summary>
internal static class DocumentDates
{
    private const int HeaderLines = 25;

    // Lower index = preferred. "Date of birth" never matches: "date" must be followed by a colon.
    private static readonly Regex[] HeaderLabels =
    [
        Cue.Of(@"\b(?:date of service|service date|DOS|visit date|date of visit|encounter date|appointment date)\b\s*[:#-]?\s*"),
        Cue.Of(@"\b(?:note date|date of note|progress note date|plan date|care plan date)\b\s*[:#-]?\s*"),
        Cue.Of(@"\bdate\s*:\s*"),
        Cue.Of(@"\b(?:dictated|transcribed|signed|electronically signed)(?:\s+on)?\b\s*[:#-]?\s*"),
    ];

    private static readonly Regex CompactDate = Cue.Of(@"(?<!\d)(?<y>(?:19|20)\d{2})[-_.]?(?<m>\d{2})[-_.]?(?<d>\d{2})(?!\d)");

    public static DateOnly? Of(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return FromHeader(document) ?? FromFileName(document.Path);
    }

    /// <summary>The best-labelled date among the first lines of the first page.</summary>
    public static DateOnly? FromHeader(ExtractedDocument document)
    {
        if (document.Pages.Count == 0)
        {
            return null;
        }

        var lines = document.Pages[0].Lines.Take(HeaderLines).Select(l => l.Text).ToList();
        for (var rank = 0; rank < HeaderLabels.Length; rank++)
        {
            foreach (var line in lines)
            {
                foreach (Match label in HeaderLabels[rank].Matches(line))
                {
                    var rest = line[(label.Index + label.Length)..];
                    if (DateParser.FindAll(rest) is [var first, ..] && first.Index == 0)
                    {
                        return first.Date;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A date in the file name: ISO, compact (20260304) or any form <see cref="DateParser"/> reads.</summary>
    public static DateOnly? FromFileName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path ?? "");
        var spaced = name.Replace('_', ' ').Replace('.', ' ');
        if (DateParser.First(spaced) is { } date)
        {
            return date;
        }

        var compact = CompactDate.Match(name);
        return compact.Success && DateParser.TryParse(
            $"{compact.Groups["y"].Value}-{compact.Groups["m"].Value}-{compact.Groups["d"].Value}", out var parsed)
            ? parsed
            : null;
    }
}
