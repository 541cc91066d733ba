using System.ComponentModel;
using System.Text;
using System.Text.Json;
using NoteMiner.Classifier;
using NoteMiner.Cli.Json;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// <c>noteminer classify --jsonl FILE</c>: one <c>{"text","label","score","negated"}</c> line per input line
/// <c>{"text":…}</c> (an optional <c>"header"</c> is used, other fields ignored), in order. <c>--jsonl=-</c> reads stdin.
/// </summary>
internal sealed class ClassifyCommand : Command<ClassifyCommand.Settings>
{
    internal sealed class Settings : CommonSettings
    {
        [CommandOption("--jsonl <FILE>")]
        [Description("Input: one JSON object per line with \"text\" (and optionally \"header\"); --jsonl=- reads stdin.")]
        public string? Jsonl { get; init; }

        [CommandOption("--model <FILE>")]
        [Description("Model zip; default models/noteminer.zip.")]
        public string? Model { get; init; }

        public override ValidationResult Validate() =>
            Jsonl is null ? ValidationResult.Error("classify needs --jsonl FILE") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var input = settings.Jsonl!;
        if (input != "-" && !File.Exists(input))
        {
            throw new UsageException($"{input}: no such file");
        }

        var classifier = settings.Model is { } path ? PassageClassifier.Load(path, PassageClassifier.DisplayName(path)) : PassageClassifier.LoadDefault();
        var lines = input == "-" ? ReadAll(Console.In) : File.ReadAllLines(input, Encoding.UTF8);
        var items = new List<(string Text, string? Header)>(lines.Length);
        var malformed = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            if (TryRead(lines[i], out var item))
            {
                items.Add(item);
            }
            else
            {
                // Keep the output aligned with the input: a bad line still gets an output line.
                malformed.Add(items.Count);
                items.Add(("", null));
                Console.Error.WriteLine($"noteminer: {input}: line {i + 1}: not a JSON object with a \"text\" string");
            }
        }

        var results = classifier.ClassifyTexts(items);
        using var stdout = Console.OpenStandardOutput();
        using var buffered = new BufferedStream(stdout, 1 << 16);
        using var writer = new Utf8JsonWriter(buffered, new JsonWriterOptions { Encoder = JsonDefaults.Options.Encoder });
        var bad = new HashSet<int>(malformed);
        for (var i = 0; i < results.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString("text", items[i].Text);
            writer.WriteString("label", bad.Contains(i) ? ElementLabel.Other.ToName() : results[i].Label.ToName());
            writer.WriteNumber("score", bad.Contains(i) ? 0 : JsonDefaults.Round(results[i].Score, 4));
            writer.WriteBoolean("negated", !bad.Contains(i) && results[i].Negated);
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            buffered.WriteByte((byte)'\n');
        }

        buffered.Flush();
        return malformed.Count > 0 ? ExitCodes.Incomplete : ExitCodes.Success;
    }

    private static string[] ReadAll(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return [.. lines];
    }

    private static bool TryRead(string line, out (string Text, string? Header) item)
    {
        item = ("", null);
        try
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.ValueKind != JsonValueKind.Object ||
                !json.RootElement.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return false;
            }

            var header = json.RootElement.TryGetProperty("header", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
            item = (text.GetString() ?? "", header);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
