using NoteMiner.Composer.Citations;
using NoteMiner.Composer.Docx;
using NoteMiner.Composer.Templates;

namespace NoteMiner.Composer;

/// <summary>How letters are composed. Change with <c>with { … }</c>.</summary>
public sealed record AppealComposerOptions
{
    public static AppealComposerOptions Default { get; } = new();

    /// <summary>The clock that dates letters (local date); tests inject a fixed one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Most quotes a letter prints for one element.</summary>
    public int MaxQuotesPerElement { get; init; } = 2;

    /// <summary>Longest quote, ellipsis included; longer passages are cut at a word boundary.</summary>
    public int MaxQuoteLength { get; init; } = QuoteTrimmer.DefaultMaxLength;

    /// <summary>Bounds on template rendering.</summary>
    public TemplateLimits TemplateLimits { get; init; } = TemplateLimits.Default;

    /// <summary>DOCX layout; the title and timestamp are set per letter.</summary>
    public DocxLetterOptions Docx { get; init; } = DocxLetterOptions.Default;
}
