using System.Text.Json.Nodes;
using SocialeBasisBot.LocalTeams;

namespace SocialeBasisBot.Demo;

/// <summary>
/// Prints the chat as a terminal transcript: "[Name] text" per message, the bot's cards as boxed text, and a card
/// the bot changed afterwards as "(kaart bijgewerkt) …" with only what changed. Safe to call from the bot's
/// request threads and the script at once.
/// </summary>
public sealed class ChatPrinter(TextWriter output, string botName)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, IReadOnlyList<string>> shownCards = new(StringComparer.Ordinal);

    /// <summary>Something a person typed or did in the chat.</summary>
    public void Person(string name, string text) => Write($"[{name}] ", text.Split('\n'));

    /// <summary>A line about the chat itself (someone added the bot, a pause).</summary>
    public void Note(string text)
    {
        lock (gate)
        {
            output.WriteLine($"— {text} —");
        }
    }

    public void Line(string text = "")
    {
        lock (gate)
        {
            output.WriteLine(text);
        }
    }

    /// <summary>What the bot did in the chat; a call Teams refused shows nothing, as in Teams.</summary>
    public void Bot(ConnectorCall request)
    {
        if (!request.Succeeded)
        {
            return;
        }

        switch (request.Method)
        {
            case "POST":
                BotMessage(request);
                break;
            case "PUT":
                BotUpdate(request);
                break;
            case "DELETE":
                Write($"[{botName}] ", ["(bericht verwijderd)"]);
                break;
            default:
                break;
        }
    }

    private void BotMessage(ConnectorCall request)
    {
        var label = $"[{botName}] ";
        if (request.Text.Length > 0)
        {
            Write(label, request.Text.Split('\n'));
        }

        foreach (var card in request.Cards)
        {
            var lines = CardText.Lines(card);
            lock (gate)
            {
                shownCards[request.ActivityId] = lines;
            }

            Write(label, Boxed(lines));
        }

        foreach (var attachment in request.OtherAttachments)
        {
            var name = attachment["name"] is JsonValue n && n.TryGetValue<string>(out var s) ? $" {s}" : "";
            Write(label, [$"[bijlage {attachment["contentType"]}{name}]"]);
        }
    }

    private void BotUpdate(ConnectorCall request)
    {
        var label = $"[{botName}] ";
        foreach (var card in request.Cards)
        {
            var lines = CardText.Lines(card);
            IReadOnlyList<string>? before;
            lock (gate)
            {
                shownCards.TryGetValue(request.ActivityId, out before);
                shownCards[request.ActivityId] = lines;
            }

            if (before is null)
            {
                Write(label, ["(kaart bijgewerkt)", .. Boxed(lines)]);
                continue;
            }

            // Only what changed, so a count refresh reads as one line instead of the whole card again.
            var changed = lines.Where(l => !before.Contains(l)).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var removed = before.Count(l => !lines.Contains(l));
            var header = $"(kaart bijgewerkt: {CardText.Title(card)})";
            if (changed.Count == 1)
            {
                Write(label, [$"{header} {changed[0]}"]);
            }
            else
            {
                var note = removed > 0 ? $" ({removed} {(removed == 1 ? "regel" : "regels")} weg)" : changed.Count == 0 ? " ongewijzigd" : "";
                Write(label, [header + note, .. changed.Select(l => "  " + l)]);
            }
        }

        if (request.Cards.Count == 0 && request.Text.Length > 0)
        {
            Write(label, [$"(bericht bijgewerkt) {request.Text}"]);
        }
    }

    private static IEnumerable<string> Boxed(IReadOnlyList<string> lines) =>
        ["┌─ kaart", .. lines.Select(l => "│ " + l), "└─"];

    private void Write(string label, IEnumerable<string> lines)
    {
        var padding = new string(' ', label.Length);
        lock (gate)
        {
            var first = true;
            foreach (var line in lines)
            {
                output.WriteLine((first ? label : padding) + line);
                first = false;
            }
        }
    }
}
