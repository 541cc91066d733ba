using System.Globalization;
using System.Text.Json;

namespace NoteMiner.Composer.Claims;

/// <summary>
/// Reads CLAIM.json. Every missing, empty or malformed field is named in one <see cref="AppealInputException"/>
/// so the user fixes the file in one pass; the message carries field names only, never their values.
/// </summary>
public static class AppealClaimReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "MM/dd/yyyy", "M/d/yyyy"];

    /// <summary>Reads and checks the claim file at <paramref name="path"/>.</summary>
    public static AppealClaim Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AppealInputException(path, "the claim file cannot be read");
        }

        return Parse(json, path);
    }

    /// <summary>Parses claim JSON; <paramref name="source"/> names it in errors.</summary>
    public static AppealClaim Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new AppealInputException(source, $"not valid JSON (line {(e.LineNumber ?? 0) + 1})");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new AppealInputException(source, "the claim must be a JSON object");
            }

            var problems = new List<string>();
            var root = document.RootElement;
            var practice = Child(root, "practice", problems);
            var signer = Child(root, "signer", problems);
            var claim = new AppealClaim(
                Text(root, "claimNumber", "", problems),
                Text(root, "patientName", "", problems),
                Text(root, "patientId", "", problems),
                Date(root, "dateOfService", problems),
                Text(root, "payer", "", problems),
                Text(root, "payerAddress", "", problems),
                Text(root, "denialCode", "", problems),
                new Practice(
                    Text(practice, "name", "practice.", problems),
                    Text(practice, "address", "practice.", problems),
                    Text(practice, "phone", "practice.", problems)),
                new Signer(
                    Text(signer, "name", "signer.", problems),
                    Text(signer, "title", "signer.", problems)));
            if (problems.Count > 0)
            {
                throw new AppealInputException(source, string.Join("; ", problems));
            }

            return claim;
        }
    }

    private static JsonElement? Child(JsonElement parent, string name, List<string> problems)
    {
        if (parent.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object)
        {
            return child;
        }

        problems.Add(child.ValueKind == JsonValueKind.Undefined ? $"missing \"{name}\"" : $"\"{name}\" must be an object");
        return null;
    }

    private static string Text(JsonElement? parent, string name, string prefix, List<string> problems)
    {
        if (parent is not { } element)
        {
            return "";
        }

        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            problems.Add($"missing \"{prefix}{name}\"");
            return "";
        }

        if (value.ValueKind != JsonValueKind.String && value.ValueKind != JsonValueKind.Number)
        {
            problems.Add($"\"{prefix}{name}\" must be a string");
            return "";
        }

        // Claim and member numbers are sometimes written as JSON numbers; keep their digits as written.
        var text = (value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText())?.Trim() ?? "";
        if (text.Length == 0)
        {
            problems.Add($"\"{prefix}{name}\" is empty");
        }

        return text;
    }

    private static DateOnly Date(JsonElement root, string name, List<string> problems)
    {
        var text = Text(root, name, "", problems);
        if (text.Length == 0)
        {
            return default;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"\"{name}\" must be a date like 2026-03-01");
        return default;
    }
}
