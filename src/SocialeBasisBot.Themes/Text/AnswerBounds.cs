using System.Text;

namespace SocialeBasisBot.Themes.Text;

/// <summary>
/// Bounds the text of one answer before the engine works on it, so its cost per answer is bounded whatever was
/// stored: at most <see cref="MaxWords"/> words, no word longer than <see cref="MaxWordLength"/> characters, no run of
/// spaces, punctuation or emoji longer than <see cref="MaxGapLength"/>. Several steps cost the square of a word's
/// length (compound splitting in the gloss, word pieces for the encoder): one 100 000-character "word" took 19 s.
/// Real answers are far inside these bounds and come back unchanged (the same string), so nothing else moves.
/// </summary>
public static class AnswerBounds
{
    /// <summary>More than an answer of 4 000 characters holds, and more than the sentence encoder reads.</summary>
    public const int MaxWords = 400;

    /// <summary>Longer than Dutch compounds seen in practice ("vrijwilligersondersteuningsorganisatie" is 38).</summary>
    public const int MaxWordLength = 48;

    public const int MaxGapLength = 16;

    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? bounded = null;
        var words = 0;
        var run = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            // Hyphens and apostrophes count as gaps here: "a-a-a-…" is as costly as one long word.
            var isWordChar = char.IsLetterOrDigit(text[i]);
            if (i == 0 || isWordChar != inWord)
            {
                inWord = isWordChar;
                run = 0;
                if (isWordChar && ++words > MaxWords)
                {
                    bounded ??= new StringBuilder(text, 0, i, i);
                    break;
                }
            }

            if (++run > (inWord ? MaxWordLength : MaxGapLength))
            {
                // The first character dropped: copy what was kept so far (once), then skip the rest of this run.
                // A surrogate pair cut in two is harmless: the engine's cleaning turns what is left into a space.
                bounded ??= new StringBuilder(text, 0, i, Math.Min(text.Length, MaxWords * (MaxWordLength + MaxGapLength)));
                continue;
            }

            bounded?.Append(text[i]);
        }

        return bounded?.ToString() ?? text;
    }
}
