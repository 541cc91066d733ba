namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Words on one baseline with no wide gap between them: the unit the reading order arranges. A column gutter
/// or a table's cell gap always falls between fragments, never inside one.
/// </summary>
internal sealed class TextFragment
{
    private readonly List<(double Size, int Count)> _sizes = [];

    public List<TextWord> Words { get; } = [];

    public double U0 { get; set; } = double.MaxValue;

    public double U1 { get; set; } = double.MinValue;

    public double Top { get; set; } = double.MaxValue;

    public double Bottom { get; set; } = double.MinValue;

    public double Baseline { get; set; }

    /// <summary>The dominant font size.</summary>
    public double Size { get; private set; }

    public int Letters { get; private set; }

    public int BoldLetters { get; private set; }

    public IReadOnlyList<(double Size, int Count)> Sizes => _sizes;

    /// <summary>The upper end of the x-height band, used to split lines whose full boxes touch.</summary>
    public double CoreTop => Baseline - (0.55 * Size);

    public double CoreBottom => Baseline + (0.05 * Size);

    public void Add(in Glyph glyph)
    {
        var word = Words[^1];
        word.Text.Append(glyph.Text);
        word.Glyphs++;
        word.U1 = Math.Max(word.U1, glyph.U1);
        var top = glyph.Baseline - (Glyph.Ascent * glyph.Size);
        var bottom = glyph.Baseline + (Glyph.Descent * glyph.Size);
        word.Top = Math.Min(word.Top, top);
        word.Bottom = Math.Max(word.Bottom, bottom);
        U0 = Math.Min(U0, glyph.U0);
        U1 = Math.Max(U1, glyph.U1);
        Top = Math.Min(Top, top);
        Bottom = Math.Max(Bottom, bottom);
        if (IsLetterOrDigit(glyph.Text))
        {
            Letters++;
            BoldLetters += glyph.Bold ? 1 : 0;
        }

        CountSize(Math.Round(glyph.Size, 1));
    }

    public void StartWord(in Glyph glyph, double? bareGap) =>
        Words.Add(new TextWord(glyph.U0, glyph.Baseline - (Glyph.Ascent * glyph.Size)) { BareGap = bareGap });

    /// <summary>
    /// Joins runs of three or more single letters set apart by the same small blank and no space character:
    /// letter-spaced text ("P a g e" drawn with character spacing) is one word.
    /// </summary>
    public void JoinLetterSpacedRuns()
    {
        for (var start = 0; start < Words.Count; start++)
        {
            var end = start + 1;
            while (end < Words.Count && IsTracked(Words[start], Words[end], Words[end - 1]))
            {
                end++;
            }

            if (end - start >= 3)
            {
                var first = Words[start];
                for (var i = start + 1; i < end; i++)
                {
                    first.Text.Append(Words[i].Text);
                    first.U1 = Math.Max(first.U1, Words[i].U1);
                    first.Top = Math.Min(first.Top, Words[i].Top);
                    first.Bottom = Math.Max(first.Bottom, Words[i].Bottom);
                }

                Words.RemoveRange(start + 1, end - start - 1);
            }
        }
    }

    private bool IsTracked(TextWord first, TextWord word, TextWord previous) =>
        IsSingleLetter(first) && IsSingleLetter(word) && word.BareGap is { } gap && gap < 0.45 * Size
        && (ReferenceEquals(previous, first) || (previous.BareGap is { } before && Math.Abs(gap - before) <= 0.15 * Size));

    private void CountSize(double size)
    {
        for (var i = 0; i < _sizes.Count; i++)
        {
            if (_sizes[i].Size == size)
            {
                _sizes[i] = (size, _sizes[i].Count + 1);
                if (_sizes[i].Count > CountOf(Size))
                {
                    Size = size;
                }

                return;
            }
        }

        _sizes.Add((size, 1));
        if (_sizes.Count == 1)
        {
            Size = size;
        }
    }

    private int CountOf(double size)
    {
        foreach (var (s, count) in _sizes)
        {
            if (s == size)
            {
                return count;
            }
        }

        return 0;
    }

    /// <summary>One letter: dot leaders stay apart as pdftotext keeps them, and so do scales ("0 1 2 3 4 5").</summary>
    private static bool IsSingleLetter(TextWord word) => word.Glyphs == 1 && word.Text.Length > 0 && char.IsLetter(word.Text[0]);

    private static bool IsLetterOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
