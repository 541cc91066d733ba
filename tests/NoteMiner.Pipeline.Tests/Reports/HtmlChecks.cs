using System.Text.RegularExpressions;

namespace NoteMiner.Pipeline.Tests.Reports;

/// <summary>A small structural check of generated HTML: every non-void element closed, in order.</summary>
internal static partial class HtmlChecks
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase) { "meta", "br", "hr", "img", "input", "link", "wbr", "col" };

    /// <summary>The first nesting problem, or null when tags balance.</summary>
    public static string? FindNestingError(string html)
    {
        var body = StyleBlock().Replace(html, "<style></style>");
        var stack = new Stack<string>();
        foreach (Match tag in Tag().Matches(body))
        {
            var name = tag.Groups["name"].Value.ToLowerInvariant();
            if (Void.Contains(name))
            {
                continue;
            }

            if (tag.Groups["close"].Success)
            {
                if (stack.Count == 0 || stack.Peek() != name)
                {
                    return $"</{name}> at {tag.Index} closes {(stack.Count == 0 ? "nothing" : "<" + stack.Peek() + ">")}";
                }

                stack.Pop();
            }
            else
            {
                stack.Push(name);
            }
        }

        return stack.Count == 0 ? null : $"<{stack.Peek()}> never closed";
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<style>.*?</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();
}
