using System.Text;

namespace NoteMiner.Classifier.Features;

/// <summary>
/// The text the model sees: lower case, digit runs folded to one <c>0</c>, punctuation set apart from words and
/// look-alike characters (dashes, quotes, bullets) unified. Training and classification share it, so a change
/// here needs a retrained model.
/// </summary>
public static class FeatureText
{
    /// <summary>Normalises <paramref name="text"/> for the featurizer; never null.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        var lastWasSpace = true;
        var lastWasDigit = false;
        var lastPunctuation = '\0';
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (char.IsDigit(c))
            {
                // Dates, doses and scores vary per patient; their shape matters, not their value.
                if (!lastWasDigit)
                {
                    builder.Append('0');
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
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
                continue;
            }

            // Punctuation becomes its own token so "N/A", "Caregiver:" and "___" keep their signal as words.
            if (!lastWasSpace)
            {
                builder.Append(' ');
            }

            builder.Append(c);
            builder.Append(' ');
            lastWasSpace = true;
            lastPunctuation = c;
        }

        return builder.ToString().Trim();
    }

    /// <summary>The model's input for a passage: its text, with the section header kept apart.</summary>
    public static (string Text, string Header) For(string text, string? header) => (Normalize(text), Normalize(header));

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
