using System.Collections.Concurrent;
using NoteMiner.Composer.Citations;
using NoteMiner.Composer.Docx;
using NoteMiner.Composer.Markdown;
using NoteMiner.Composer.Readiness;
using NoteMiner.Composer.Templates;

namespace NoteMiner.Composer;

/// <summary>
/// Writes an appeal letter from a chart's audit: checks the chart supports the denial's elements, verifies every
/// quote against the extracted text, renders the denial's template (or the practice's) to Markdown and DOCX.
/// Stateless and thread-safe; nothing is written to disk here.
/// </summary>
public sealed class AppealComposer(AppealComposerOptions options)
{
    private static readonly ConcurrentDictionary<string, LetterTemplate> BuiltIn = new(StringComparer.Ordinal);

    public AppealComposer()
        : this(AppealComposerOptions.Default)
    {
    }

    public AppealComposerOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>
    /// Composes the letter, or refuses (no letter) when the chart has gaps and <see cref="AppealRequest.Force"/> is
    /// off. A broken template throws <see cref="AppealInputException"/>.
    /// </summary>
    public AppealResult Compose(AppealRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var appeal = AppealCaseBuilder.Build(request.Audit, request.Documents, request.Code, Options);
        if (appeal.Gaps.Count > 0 && !request.Force)
        {
            return new AppealResult(null, appeal.Gaps, appeal.Dropped);
        }

        var template = request.Template ?? BuiltIn.GetOrAdd(request.Code.TemplateResource, LetterTemplate.Embedded);
        var date = DateOnly.FromDateTime(Options.Clock.GetLocalNow().DateTime);
        var names = DisplayNames.For(request.Documents);
        var model = LetterModel.Build(request, appeal, date, names);
        var markdown = Normalize(template.Render(model, Options.TemplateLimits));

        // The evidence list is what the letter prints: a practice template may leave some quotes out.
        var printed = appeal.Citations.Where(c => markdown.Contains(MarkdownText.Escape(c.Quote), StringComparison.Ordinal)).ToList();
        var docx = DocxLetterWriter.Write(markdown, Options.Docx with
        {
            Title = $"Appeal – {request.Code.Code}",
            Timestamp = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        });
        return new AppealResult(new AppealLetter(markdown, docx, printed), appeal.Gaps, appeal.Dropped);
    }

    /// <summary>LF line ends, no trailing blanks on lines, no runs of blank lines, one final newline.</summary>
    private static string Normalize(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.EndsWith("  ", StringComparison.Ordinal) ? l.TrimEnd() + "  " : l.TrimEnd());
        var output = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0 && (output.Count == 0 || output[^1].Length == 0))
            {
                continue;
            }

            output.Add(line.Trim().Length == 0 ? "" : line);
        }

        while (output.Count > 0 && output[^1].Length == 0)
        {
            output.RemoveAt(output.Count - 1);
        }

        return string.Join('\n', output) + "\n";
    }
}
