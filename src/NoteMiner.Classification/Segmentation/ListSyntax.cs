using System.Text.RegularExpressions;

namespace NoteMiner.Classifier.Segmentation;

/// <summary>Bullets, numbers, letters and checkboxes that open a list item.</summary>
internal static partial class ListSyntax
{
    public static bool IsItem(string text) => Marker().IsMatch(text);

    [GeneratedRegex(@"^(?:[-–—•·*▪◦○➢►✓✔]|\d{1,2}[.)]|\(\d{1,2}\)|[a-hA-H][.)]|\[[ xX✓✔]?\]|[☐☑☒□■])\s*\S")]
    private static partial Regex Marker();
}
