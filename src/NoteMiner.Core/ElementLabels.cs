using System.Text;

namespace NoteMiner;

/// <summary>Converts <see cref="ElementLabel"/> to and from its snake_case wire name.</summary>
public static class ElementLabels
{
    private static readonly Dictionary<ElementLabel, string> Names =
        Enum.GetValues<ElementLabel>().ToDictionary(l => l, ToSnakeCase);

    private static readonly Dictionary<string, ElementLabel> ByName =
        Names.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>All labels in taxonomy order, <see cref="ElementLabel.Other"/> last.</summary>
    public static IReadOnlyList<ElementLabel> All { get; } = Enum.GetValues<ElementLabel>();

    /// <summary>The checklist: every label but <see cref="ElementLabel.Other"/>.</summary>
    public static IReadOnlyList<ElementLabel> Checklist { get; } =
        All.Where(l => l != ElementLabel.Other).ToList();

    public static string ToName(this ElementLabel label) => Names[label];

    public static bool TryParse(string name, out ElementLabel label) => ByName.TryGetValue(name, out label);

    public static ElementLabel Parse(string name) =>
        ByName.TryGetValue(name, out var label)
            ? label
            : throw new ArgumentException($"'{name}' is not an element label.", nameof(name));

    private static string ToSnakeCase(ElementLabel label)
    {
        var name = label.ToString();
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
