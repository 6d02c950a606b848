using SocialeBasisBot.Themes.Text;

namespace SocialeBasisBot.Themes;

/// <summary>
/// The texts the engine embeds for a question besides its answers: each expected theme's prototypes and each building
/// block's text. One place, so the bot can have them prepared when the question opens and the vectorise stage finds
/// them cached: bounded as answers are (<see cref="AnswerBounds"/>; a text within the bounds comes back unchanged), so
/// the string the preparation caches is the string the vectoriser looks up.
/// </summary>
public static class QuestionTexts
{
    public static IReadOnlyList<string> Prototypes(ExpectedTheme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return [.. new[] { $"{theme.Label}. {theme.Description}" }.Concat(theme.Examples).Select(AnswerBounds.Apply)];
    }

    public static string Block(BuildingBlockText block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return AnswerBounds.Apply($"{block.Title}. {block.Text}");
    }

    public static IEnumerable<string> All(IEnumerable<ExpectedTheme> themes, IEnumerable<BuildingBlockText> blocks) =>
        themes.SelectMany(Prototypes).Concat(blocks.Select(Block));
}
