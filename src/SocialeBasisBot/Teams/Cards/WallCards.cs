using System.Text.Json.Nodes;
using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Teams.Cards;

/// <summary>
/// The card with the wall's signed link (wall-link.json) that a facilitator gets for the question card's wall button:
/// the invoke's response, so only they see it; "back to the question" brings the question card back for them.
/// </summary>
public sealed class WallCards
{
    private readonly CardTemplate link = CardTemplate.Load("wall-link");

    public JsonObject Link(WallAccessResult access, string sessionId, string itemId)
    {
        ArgumentNullException.ThrowIfNull(access);
        var say = access.Say;
        var url = access.Url ?? throw new ArgumentException("Only a facilitator's result has a link.", nameof(access));
        var text = say.LinkCardText(access.Until);
        return link.Render(new
        {
            title = say.Title,
            programme = access.ProgrammeTitle,
            text,
            open = say.OpenWall,
            url,
            back = say.BackToQuestion,
            session = sessionId,
            item = itemId,
            fallback = $"{say.Title}: {url}\n{text}",
        });
    }
}
