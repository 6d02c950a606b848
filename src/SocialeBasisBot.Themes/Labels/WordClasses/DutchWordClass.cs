namespace SocialeBasisBot.Themes.Labels.WordClasses;

/// <summary>Word classes a Dutch word can have (a word such as "steun" is both noun and verb).</summary>
[Flags]
public enum DutchWordClass
{
    Unknown = 0,
    Noun = 1,
    Verb = 2,
    Adjective = 4,
}
