using System.Text.Json.Nodes;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Teams.Cards;

/// <summary>The receipt a person gets for an answer sent from a card (card-answer.json): shown to them alone.</summary>
public sealed class AnswerCards
{
    private readonly CardTemplate receipt = CardTemplate.Load("card-answer");

    public JsonObject Receipt(CardAnswerReceipt answer)
    {
        var say = answer.Say;
        var question = answer.Question ?? throw new ArgumentException("A receipt needs the question the answer was stored for.", nameof(answer));
        var received = say.CardReceived(answer.Replaced);
        return receipt.Render(new
        {
            title = question.Title,
            received,
            answerLabel = say.YourAnswer,
            // Typed by a participant: shown as typed, never as a link or formatting (Teams renders Markdown in cards).
            answer = SocialeBasisBot.Exports.MarkdownText.Inline(answer.Text ?? ""),
            countLabel = say.AnswerCountLabel(answer.Count),
            onlyYou = say.OnlyYouSeeThis,
            change = say.ChangeAnswer,
            session = answer.SessionId,
            item = question.Id,
            fallback = $"{question.Title}\n{received}\n{answer.Text}",
        });
    }
}
