namespace SocialeBasisBot.Themes.Gloss;

/// <summary>The FreeDict dictionary as the engine uses it: the lexicon (known words for TF-IDF) and the glosser, or why neither is there.</summary>
public sealed record GlossResources(FreeDictLexicon? Lexicon, DutchEnglishGlosser? Glosser, string? Problem)
{
    public static GlossResources Load(string basePath)
    {
        var lexicon = FreeDictLexicon.TryLoad(basePath, out var problem);
        return lexicon is null ? new GlossResources(null, null, problem) : new GlossResources(lexicon, new DutchEnglishGlosser(lexicon), null);
    }
}
