using System.Text.Json.Nodes;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Programme.Kinds;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Teams.Cards;

/// <summary>
/// Renders programme items as Adaptive Cards, each with the template its kind names
/// (<see cref="Programme.Kinds.ItemKind.CardTemplate"/>). Templates are loaded once, when the cards are made.
/// </summary>
public sealed class ItemCards
{
    private readonly Dictionary<string, CardTemplate> templates = ItemKinds.All
        .Select(k => k.CardTemplate)
        .Distinct(StringComparer.Ordinal)
        .ToDictionary(name => name, CardTemplate.Load, StringComparer.Ordinal);

    /// <summary>The templates the registered item kinds use, loaded.</summary>
    public IEnumerable<string> TemplateNames => templates.Values.Select(t => t.Name);

    /// <param name="answerCount">Shown on a closed card; an open card says the count comes at close, because it is
    /// never edited while people may be typing in it (<see cref="Sessions.AnswerCountRefresher"/>).</param>
    /// <param name="prefill">What this person sent from the card before ("change your answer"): the text for an open
    /// question, the choices ("A,C") for a poll.</param>
    /// <param name="closesAt">When an open question's timer closes it, in the organisation's time zone
    /// (<see cref="ClosesAt"/>): shown as "sluit om 10:42" on the card as it is posted.</param>
    public JsonObject Render(
        WebinarProgramme programme, ProgrammeItem item, string sessionId, int position, int total, int answerCount, bool open, Phrases say,
        string prefill = "", DateTimeOffset? closesAt = null)
    {
        var blocks = item.BuildingBlocks
            .Select(id => programme.FindBuildingBlock(id))
            .OfType<BuildingBlock>()
            .Select(b => new { label = say.BuildingBlockLabel, title = b.Title })
            .ToList();
        var data = new
        {
            position = say.ItemOf(position, total),
            title = item.Title,
            text = item.Text,
            bullets = item.Bullets.Select(b => new { text = b }).ToList(),
            quotes = item.Quotes.Select(q => new { text = q.Text, source = q.Source }).ToList(),
            links = item.Links.Select(l => new { title = l.Title, url = l.Url }).ToList(),
            options = item.Options.Select(o => new { id = o.Id, label = o.Label, display = o.Display }).ToList(),
            multiple = item.MultipleChoice,
            blocks,
            open,
            closed = !open,
            timed = open && closesAt is not null,
            closesAt = closesAt is { } at ? say.CardClosesAt(at) : "",
            hint = item.Prompt.Length > 0 ? item.Prompt : item.Descriptor.Hint(item, say),
            placeholder = say.AnswerHere,
            answerLabel = say.YourAnswer,
            choiceLabel = say.YourChoice(item.MultipleChoice),
            send = say.Send,
            countLabel = open ? say.CountShownAtClose : say.ClosedLabel(answerCount),
            cardPrivate = say.CardAnswersPrivate,
            wallButton = SocialeBasisBot.Wall.WallPhrases.For(say.Language).CardButton,
            prefill,
            session = sessionId,
            item = item.Id,
            fallback = Fallback(item),
        };
        return templates[item.Descriptor.CardTemplate].Render(data);
    }

    /// <summary>
    /// When the session's timer closes <paramref name="item"/>, on the clock of the organisation's time zone
    /// (<c>Exports:TimeZone</c>, as the chat's "sluit om" line and the export files): a card looks the same to everyone
    /// in the room, so it names one zone, the one the webinar is given in. Null when no timer runs for it.
    /// </summary>
    public static DateTimeOffset? ClosesAt(Session session, ProgrammeItem item, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(item);
        return string.Equals(session.TimerItemId, item.Id, StringComparison.Ordinal) && session.ClosesAt is { } at
            ? TimeZoneInfo.ConvertTime(at, zone)
            : null;
    }

    /// <summary>Plain text for clients that cannot show the card (and for notifications and the demo).</summary>
    public static string Fallback(ProgrammeItem item)
    {
        var lines = new List<string> { item.Title };
        if (item.Text.Length > 0)
        {
            lines.Add(item.Text);
        }

        lines.AddRange(item.Bullets.Select(b => $"• {b}"));
        lines.AddRange(item.Quotes.Select(q => q.Source.Length > 0 ? $"“{q.Text}” ({q.Source})" : $"“{q.Text}”"));
        lines.AddRange(item.Options.Select(o => o.Display));
        lines.AddRange(item.Links.Select(l => $"{l.Title}: {l.Url}"));
        return string.Join('\n', lines);
    }
}
