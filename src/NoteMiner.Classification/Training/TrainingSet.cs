using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NoteMiner.Classifier.Training;

/// <summary>
/// Labeled passages loaded from a folder of <c>*.jsonl</c> files (top level only, so <c>eval/</c> sets stay out)
/// or from one file, in a fixed order, with a hash of the bytes they came from.
/// </summary>
public sealed record TrainingSet(IReadOnlyList<TrainingExample> Examples, string DataHash, IReadOnlyList<string> Files)
{
    /// <summary>Loads <paramref name="path"/>; throws <see cref="TrainingDataException"/> naming the file and line of a bad row.</summary>
    public static TrainingSet Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string[] files;
        if (Directory.Exists(path))
        {
            files = Directory.GetFiles(path, "*.jsonl", SearchOption.TopDirectoryOnly);
            Array.Sort(files, StringComparer.Ordinal);
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new TrainingDataException($"{path}: no such file or folder");
        }

        if (files.Length == 0)
        {
            throw new TrainingDataException($"{path}: no .jsonl files");
        }

        var examples = new List<TrainingExample>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(bytes);
            ReadLines(file, Encoding.UTF8.GetString(bytes), examples);
        }

        return new TrainingSet(examples, Convert.ToHexStringLower(hash.GetHashAndReset()), files);
    }

    /// <summary>Parses one JSONL line, or returns null for a blank line.</summary>
    internal static TrainingExample? ParseLine(string line, string origin)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString() ?? throw new TrainingDataException($"{origin}: text is null");
            var labelName = root.GetProperty("label").GetString() ?? "";
            if (!ElementLabels.TryParse(labelName, out var label))
            {
                throw new TrainingDataException($"{origin}: unknown label '{labelName}'");
            }

            var header = root.TryGetProperty("header", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
            var negated = root.TryGetProperty("negated", out var n) && n.ValueKind == JsonValueKind.True;
            var style = root.TryGetProperty("style", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() ?? "" : "";
            return new TrainingExample(text, string.IsNullOrWhiteSpace(header) ? null : header, label, negated, style) { Origin = origin };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new TrainingDataException($"{origin}: not a training example ({e.GetType().Name})");
        }
    }

    private static void ReadLines(string file, string content, List<TrainingExample> examples)
    {
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (ParseLine(lines[i].TrimEnd('\r'), $"{Path.GetFileName(file)}:{i + 1}") is { } example)
            {
                examples.Add(example);
            }
        }
    }
}
