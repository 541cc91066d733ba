using System.Text.RegularExpressions;
using NoteMiner.Audit.Language;

namespace NoteMiner.Audit.Charts;

/// <summary>The patient's name tokens: given by the caller, or read from "Patient:"/"Name:" header lines.</summary>
internal static class PatientNames
{
    private const int HeaderLines = 15;

    private static readonly Regex NameLine = Cue.Of(@"\b(?:patient(?: name)?|name|pt)\s*:\s*(?<name>[^\d|:]{2,60})");

    private static readonly Regex LabelWord = Cue.Of(@"\b(?:DOB|MRN|date|age|sex|gender|ID|acct|account|visit)\b.*$");

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "jr", "sr", "ii", "iii", "patient", "name",
    };

    public static IReadOnlySet<string> Tokens(ChartInput chart)
    {
        var tokens = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in chart.PatientNames)
        {
            Add(tokens, name);
        }

        foreach (var document in chart.Documents)
        {
            foreach (var line in document.Pages.Take(1).SelectMany(p => p.Lines.Take(HeaderLines)))
            {
                var match = NameLine.Match(line.Text);
                if (match.Success)
                {
                    Add(tokens, LabelWord.Replace(match.Groups["name"].Value, ""));
                }
            }
        }

        return tokens;
    }

    private static void Add(HashSet<string> tokens, string name)
    {
        foreach (var token in Regex.Split(name, @"[^\p{L}'\-]+"))
        {
            var trimmed = token.Trim('\'', '-');
            if (trimmed.Length >= 2 && !NotNames.Contains(trimmed))
            {
                tokens.Add(trimmed);
            }
        }
    }
}
