using SocialeBasisBot.Themes.Gloss;
using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes.Labels.WordClasses;

/// <summary>
/// The word class of a Dutch word: Hunspell's affix flags first; for a word Hunspell does not know, the FreeDict
/// gloss looked up in WordNet (FreeDict nld-eng carries no part of speech, its English gloss does through WordNet).
/// An acronym (VOG, WMO) is a noun. Any resource may be missing: then it simply says nothing.
/// </summary>
public sealed class DutchWordClasses(HunspellDutchLexicon? hunspell, WordNetIndex? wordNet, FreeDictLexicon? freeDict)
{
    /// <summary>True when there is anything to decide with.</summary>
    public bool CanClassify => hunspell is not null || (wordNet is not null && freeDict is not null);

    public DutchWordClass Classify(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length >= 2 && word.All(char.IsUpper)) return DutchWordClass.Noun;
        var lower = word.ToLowerInvariant();
        var fromAffixes = hunspell?.Classify(lower) ?? DutchWordClass.Unknown;
        if (fromAffixes != DutchWordClass.Unknown) return fromAffixes;
        if (wordNet is null || freeDict is null || !freeDict.TryTranslate(ChatText.Fold(lower), out var english)) return DutchWordClass.Unknown;
        var whole = wordNet.Classify(english);
        // "social basis": an English phrase WordNet lacks is classed by its last word, its head.
        return whole != DutchWordClass.Unknown || !english.Contains(' ', StringComparison.Ordinal)
            ? whole
            : wordNet.Classify(english[(english.LastIndexOf(' ') + 1)..]);
    }
}
