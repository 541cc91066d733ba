using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace NoteMiner.Composer.Templates;

/// <summary>
/// A parsed letter template: a Scriban text that renders Markdown from the letter model (see
/// <c>Templates/README.md</c>). Built-in templates are embedded resources; a practice's own is loaded with
/// <see cref="Load"/>. Parsing checks syntax and that every variable the template reads exists in the model,
/// is a built-in function, or is set by the template itself; rendering runs sandboxed.
/// </summary>
public sealed class LetterTemplate
{
    /// <summary>The largest template file accepted; a letter template is a few kilobytes.</summary>
    public const int MaxTemplateBytes = 1024 * 1024;

    private readonly Template template;

    private LetterTemplate(Template template, string source)
    {
        this.template = template;
        Source = source;
    }

    /// <summary>The template's name in error messages: the file path or the embedded resource.</summary>
    public string Source { get; }

    /// <summary>Parses template text; syntax errors and unknown variables throw <see cref="AppealInputException"/>.</summary>
    public static LetterTemplate Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var template = Template.Parse(text.Replace("\r\n", "\n", StringComparison.Ordinal), source);
        if (template.HasErrors)
        {
            var errors = template.Messages.Where(m => m.Type == ParserMessageType.Error)
                .Select(m => $"{Where(m.Span)}: {m.Message}");
            throw new AppealInputException(source, string.Join("; ", errors));
        }

        if (template.Page is { } page && TemplateVariables.FindUnknown(page, LetterModel.RootNames) is { } unknown)
        {
            throw new AppealInputException(source, $"{Where(unknown.Span)}: unknown variable '{unknown.Name}'; "
                + $"the letter model has {string.Join(", ", LetterModel.RootNames)}");
        }

        return new LetterTemplate(template, source);
    }

    /// <summary>Loads a practice's template file.</summary>
    public static LetterTemplate Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            if (new FileInfo(path).Length > MaxTemplateBytes)
            {
                throw new AppealInputException(path, $"the template is larger than {MaxTemplateBytes / 1024} KB");
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AppealInputException(path, "the template cannot be read");
        }

        return Parse(text, path);
    }

    /// <summary>The built-in template embedded under <paramref name="resourceName"/>.</summary>
    public static LetterTemplate Embedded(string resourceName)
    {
        ArgumentNullException.ThrowIfNull(resourceName);
        using var stream = typeof(LetterTemplate).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The template resource '{resourceName}' is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), resourceName);
    }

    /// <summary>
    /// Renders the model. The context exposes only the model's plain values (no .NET members), has no template
    /// loader (so <c>include</c> cannot reach files), reports unknown variables and members as errors, and bounds
    /// loops, recursion and output. Runtime errors throw <see cref="AppealInputException"/> naming the line.
    /// </summary>
    internal string Render(ScriptObject model, TemplateLimits limits)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            TemplateLoader = null,
            MemberFilter = static _ => false,
            LoopLimit = limits.LoopLimit,
            RecursiveLimit = limits.RecursiveLimit,
            LimitToString = limits.OutputLimit,
            OutputLimit = limits.OutputLimit,
            RegexTimeOut = limits.RegexTimeout,
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(model);
        try
        {
            return template.Render(context).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (ScriptRuntimeException e)
        {
            throw new AppealInputException(Source, $"{Where(e.Span)}: {e.OriginalMessage}");
        }
    }

    private static string Where(SourceSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"line {span.Start.Line + 1}, column {span.Start.Column + 1}");
}
