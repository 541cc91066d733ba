using System.Runtime.InteropServices;

namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Groups a direction's glyphs into baselines, words and fragments by geometry alone: PdfPig's glyph boxes
/// are wrong for non-embedded fonts (they take the font's whole bounding box), so only baselines and
/// advances are trusted.
/// </summary>
internal static class FragmentBuilder
{
    /// <summary>A gap wider than this share of the font size breaks a word (pdftotext uses 0.1).</summary>
    private const double WordGap = 0.12;

    /// <summary>A gap wider than this share of the font size breaks a fragment (tab stops, gutters, cells).</summary>
    private const double FragmentGap = 1.0;

    /// <summary>Glyphs whose baselines differ by less than this share of the font size share a line.</summary>
    private const double BaselineTolerance = 0.5;

    public static List<TextFragment> Build(List<Glyph> glyphList)
    {
        var fragments = new List<TextFragment>();
        var glyphs = CollectionsMarshal.AsSpan(glyphList);
        if (glyphs.Length == 0)
        {
            return fragments;
        }

        // Indices sorted by primitive keys: several times faster than a comparison delegate over the structs.
        var order = new int[glyphs.Length];
        var keys = new double[glyphs.Length];
        for (var i = 0; i < glyphs.Length; i++)
        {
            order[i] = i;
            keys[i] = glyphs[i].Baseline;
        }

        Array.Sort(keys, order);
        var start = 0;
        for (var i = 1; i <= order.Length; i++)
        {
            if (i == order.Length || !SameBaseline(glyphs[order[start]], glyphs[order[i]]))
            {
                BuildLine(glyphs, order, keys, start, i - start, fragments);
                start = i;
            }
        }

        return fragments;
    }

    private static bool SameBaseline(in Glyph first, in Glyph next) =>
        next.Baseline - first.Baseline <= BaselineTolerance * Math.Max(first.Size, next.Size);

    private static void BuildLine(ReadOnlySpan<Glyph> glyphs, int[] order, double[] keys, int start, int length, List<TextFragment> fragments)
    {
        // Content order breaks ties (an overprinted glyph, a zero-width accent) so the result never depends on the sort.
        for (var i = start; i < start + length; i++)
        {
            keys[i] = glyphs[order[i]].U0 + (order[i] * 1e-9);
        }

        Array.Sort(keys, order, start, length);
        TextFragment? fragment = null;
        var previous = -1;
        var spaceSeen = false;
        for (var i = start; i < start + length; i++)
        {
            ref readonly var glyph = ref glyphs[order[i]];
            if (glyph.IsSpace)
            {
                spaceSeen = true;
                continue;
            }

            if (fragment is not null && IsOverprint(glyphs[previous], glyph))
            {
                continue;
            }

            var size = previous < 0 ? glyph.Size : Math.Max(glyphs[previous].Size, glyph.Size);
            var gap = previous < 0 ? 0 : glyph.U0 - glyphs[previous].U1;
            if (fragment is null || gap > FragmentGap * size)
            {
                fragment?.JoinLetterSpacedRuns();
                fragment = new TextFragment { Baseline = glyph.Baseline };
                fragments.Add(fragment);
                fragment.StartWord(glyph, null);
            }
            else if (spaceSeen || gap > WordGap * size)
            {
                fragment.StartWord(glyph, spaceSeen ? null : gap);
            }

            fragment.Add(glyph);
            previous = order[i];
            spaceSeen = false;
        }

        fragment?.JoinLetterSpacedRuns();
    }

    /// <summary>The same glyph drawn again a hair to the side: fake bold or a shadow, not a second letter.</summary>
    private static bool IsOverprint(in Glyph previous, in Glyph glyph) =>
        glyph.Text == previous.Text
        && Math.Abs(glyph.U0 - previous.U0) < 0.1 * glyph.Size
        && Math.Abs(glyph.Baseline - previous.Baseline) < 0.1 * glyph.Size;
}
