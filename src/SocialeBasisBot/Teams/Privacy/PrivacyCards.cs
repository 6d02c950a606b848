using System.Text.Json.Nodes;
using SocialeBasisBot.Privacy;
using SocialeBasisBot.Teams.Cards;

namespace SocialeBasisBot.Teams.Privacy;

/// <summary>The confirm card of a deletion (Teams/Cards/confirm.json): its buttons send their command back as a submit.</summary>
public sealed class PrivacyCards
{
    private readonly CardTemplate confirm = CardTemplate.Load("confirm");

    public IReadOnlyList<string> TemplateNames => [confirm.Name];

    public JsonObject Confirm(ConfirmReply reply) => confirm.Render(new
    {
        text = reply.Text,
        confirmLabel = reply.ConfirmLabel,
        confirmCommand = reply.ConfirmCommand,
        cancelLabel = reply.CancelLabel,
        cancelCommand = reply.CancelCommand,
    });
}
