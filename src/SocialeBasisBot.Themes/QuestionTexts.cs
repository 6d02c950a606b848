namespace SocialeBasisBot.Themes;

/// <summary>
/// The texts the engine embeds for a question besides its answers: each expected theme's prototypes and each building
/// block's text. One place, so the bot can have them prepared when the question opens and the vectorise stage finds
/// them cached (the same strings).
/// </summary>
public static class QuestionTexts
{
    public static IReadOnlyList<string> Prototypes(ExpectedTheme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return [$"{theme.Label}. {theme.Description}", .. theme.Examples];
    }

    public static string Block(BuildingBlockText block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return $"{block.Title}. {block.Text}";
    }

    public static IEnumerable<string> All(IEnumerable<ExpectedTheme> themes, IEnumerable<BuildingBlockText> blocks) =>
        themes.SelectMany(Prototypes).Concat(blocks.Select(Block));
}
