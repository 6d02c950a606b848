using System.Text.Json.Nodes;
using SocialeBasisBot.Demo;

namespace SocialeBasisBot.Tests.Demo;

/// <summary>How the bot's messages, cards and card updates read in the terminal.</summary>
public sealed class ChatPrinterTests
{
    private readonly StringWriter output = new();
    private readonly ChatPrinter printer;

    public ChatPrinterTests() => printer = new ChatPrinter(output, "SocialeBasisBot");

    [Fact]
    public void A_card_is_boxed_and_a_count_refresh_prints_only_the_changed_line()
    {
        printer.Bot(new ConnectorCall("POST", "c", "", "1:1", Message(Card("Vraag 1", "0 antwoorden tot nu toe"))));
        printer.Bot(new ConnectorCall("PUT", "c", "1:1", "1:1", Message(Card("Vraag 1", "4 antwoorden tot nu toe"))));

        Assert.Equal(
            """
            [SocialeBasisBot] ┌─ kaart
                              │ ■ Vraag 1
                              │ 0 antwoorden tot nu toe
                              └─
            [SocialeBasisBot] (kaart bijgewerkt: Vraag 1) 4 antwoorden tot nu toe

            """.ReplaceLineEndings(), output.ToString());
    }

    [Fact]
    public void A_text_replaced_by_a_card_shows_the_whole_card_as_an_update()
    {
        printer.Bot(new ConnectorCall("POST", "c", "", "1:2", new JsonObject { ["type"] = "message", ["text"] = "Bezig met samenvatten…" }));
        printer.Bot(new ConnectorCall("PUT", "c", "1:2", "1:2", Message(Card("Samenvatting", "15 antwoorden van 8 deelnemers"))));

        Assert.Equal(
            """
            [SocialeBasisBot] Bezig met samenvatten…
            [SocialeBasisBot] (kaart bijgewerkt)
                              ┌─ kaart
                              │ ■ Samenvatting
                              │ 15 antwoorden van 8 deelnemers
                              └─

            """.ReplaceLineEndings(), output.ToString());
    }

    [Fact]
    public void A_message_Teams_refused_is_not_in_the_chat()
    {
        printer.Bot(new ConnectorCall("POST", "c", "", "", new JsonObject { ["type"] = "message", ["text"] = "Te snel" }, Status: 429));
        printer.Bot(new ConnectorCall("POST", "c", "", "1:3", new JsonObject { ["type"] = "message", ["text"] = "Daar is het" }));

        Assert.Equal("[SocialeBasisBot] Daar is het\n".ReplaceLineEndings(), output.ToString());
    }

    [Fact]
    public void People_and_multi_line_messages_stay_aligned_under_the_name()
    {
        printer.Person("Ahmed El Amrani", "eerste regel\ntweede regel");

        Assert.Equal("[Ahmed El Amrani] eerste regel\n                  tweede regel\n".ReplaceLineEndings(), output.ToString());
    }

    private static JsonObject Card(string title, string count) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["text"] = title, ["style"] = "heading" },
            new JsonObject { ["type"] = "TextBlock", ["text"] = count }),
    };

    private static JsonObject Message(JsonObject card) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card }),
    };
}
