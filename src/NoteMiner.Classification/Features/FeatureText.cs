
namespace NoteMiner.Classifier.Features;

/// <summary>
/// The text the model sees: lower case, digit runs folded to one <c>0</c>, punctuation set apart from words and
/// look-alike characters (dashes, quotes, bullets) unified. Training and classification share it, so a change
/// here needs a retrained model.
/// </summary>
public static class FeatureText
{
    [ThreadStatic]
    private static char[]? buffer;

    /// <summary>Normalises <paramref name="text"/> for the featurizer; never null.</summary>
    public static string Normalize(string? text) => Normalize(text, foldOcr: true);

    /// <summary>
    /// Normalises with or without reading OCR digits inside words back as letters. The held-out split hashes the
    /// text without that step, as it was when the split was fixed, so the split does not move with the featurizer.
    /// </summary>
    internal static string Normalize(string? text, bool foldOcr)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Each input character yields at most three output characters (" x ").
        var needed = (text.Length * 3) + 1;
        var output = buffer is { } b && b.Length >= needed ? b : buffer = new char[Math.Max(needed, 1024)];
        var length = 0;
        var lastWasSpace = true;
        var lastWasDigit = false;
        var lastPunctuation = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = Fold(text[i]);

            // OCR reads l as 1, o as 0 and s as 5 inside words ("eva1uated", "c0mpleted"); read them back.
            if (foldOcr && c is '1' or '0' or '5' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))
            {
                c = c switch { '1' => 'l', '0' => 'o', _ => 's' };
            }

            if (char.IsDigit(c))
            {
                // Dates, doses and scores vary per patient; their shape matters, not their value.
                if (!lastWasDigit)
                {
                    output[length++] = '0';
                }

                lastWasDigit = true;
                lastWasSpace = false;
                lastPunctuation = '\0';
                continue;
            }

            lastWasDigit = false;
            if (c == lastPunctuation)
            {
                // "______" and "----" are one token however long the blank is.
                continue;
            }

            lastPunctuation = '\0';
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    output[length++] = ' ';
                    lastWasSpace = true;
                }

                continue;
            }

            if (char.IsLetter(c))
            {
                output[length++] = char.ToLowerInvariant(c);
                lastWasSpace = false;
                continue;
            }

            // Punctuation becomes its own token so "N/A", "Caregiver:" and "___" keep their signal as words.
            if (!lastWasSpace)
            {
                output[length++] = ' ';
            }

            output[length++] = c;
            output[length++] = ' ';
            lastWasSpace = true;
            lastPunctuation = c;
        }

        var span = output.AsSpan(0, length).Trim(' ');
        return new string(span);
    }

    private static char Fold(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        '\u2018' or '\u2019' or '\u201B' or '`' => '\'',
        '\u201C' or '\u201D' => '"',
        '\u2022' or '\u25CF' or '\u25AA' or '\u25E6' or '\u2043' or '\u00B7' => '*',
        '\u2610' or '\u2611' or '\u2612' or '\u25A1' or '\u25A0' => '#',
        '\u00A0' => ' ',
        _ => c,
    };
}
