using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialeBasisBot.LocalTeams;

/// <summary>
/// Reads an Adaptive Card as a person sees it, in card order: headings, texts, bullets, quotes in emphasis containers,
/// facts, tables, columns side by side, inputs with their choices and the buttons. Hidden elements are left out;
/// elements a terminal cannot show (images) get a short placeholder instead of disappearing. Tests assert on
/// <see cref="All"/> (the texts), the demo prints <see cref="Lines"/>; both come from <see cref="Read"/>.
/// </summary>
public static class CardText
{
    private const string Indent = "  ";

    /// <summary>Everything on the card, one entry per element a person reads.</summary>
    public static IReadOnlyList<CardLine> Read(JsonObject card)
    {
        var lines = new List<CardLine>();
        Elements(card["body"], lines, "");
        Actions(card["actions"], lines, "");
        if (lines.Count == 0 && Str(card, "fallbackText") is { Length: > 0 } fallback)
        {
            lines.Add(new CardLine(fallback, "", "", []));
        }

        return lines;
    }

    /// <summary>The card as terminal lines: headings marked "■ ", emphasis containers behind a bar.</summary>
    public static IReadOnlyList<string> Lines(JsonObject card) => Read(card).SelectMany(l => l.Display).ToList();

    /// <summary>The texts on the card, each column of a row on its own; no markers.</summary>
    public static IEnumerable<string> All(JsonNode? card) =>
        card is JsonObject obj ? Read(obj).SelectMany(l => l.Cells.Count > 0 ? l.Cells : [l.Text]) : [];

    /// <summary>The rows of columns on the card, each as the first text of every column (e.g. a theme and its count).</summary>
    public static IEnumerable<IReadOnlyList<string>> ColumnSets(JsonNode? card) =>
        card is JsonObject obj ? Read(obj).Where(l => l.Cells.Count > 0).Select(l => l.Cells) : [];

    /// <summary>The card's title: its first heading, else its first bold text, else its first text.</summary>
    public static string Title(JsonObject card)
    {
        var texts = TextBlocks(card["body"]).ToList();
        var heading = texts.FirstOrDefault(t => Str(t, "style") == "heading")
            ?? texts.FirstOrDefault(t => Str(t, "weight") is "Bolder" or "bolder")
            ?? texts.FirstOrDefault();
        return heading is null ? "" : Str(heading, "text") ?? "";
    }

    private static IEnumerable<JsonObject> TextBlocks(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(TextBlocks),
        JsonObject obj when Str(obj, "type") == "TextBlock" => [obj],
        JsonObject obj => obj.Where(kv => kv.Key is "items" or "columns" or "body").SelectMany(kv => TextBlocks(kv.Value)),
        _ => [],
    };

    private static void Elements(JsonNode? elements, List<CardLine> lines, string prefix)
    {
        if (elements is not JsonArray array)
        {
            return;
        }

        foreach (var element in array.OfType<JsonObject>())
        {
            if (element["isVisible"] is JsonValue visible && visible.GetValueKind() == JsonValueKind.False)
            {
                continue;
            }

            Element(element, lines, prefix);
        }
    }

    private static void Element(JsonObject element, List<CardLine> lines, string prefix)
    {
        switch (Str(element, "type"))
        {
            case "TextBlock":
                var heading = Str(element, "style") == "heading" || Str(element, "size") is "Large" or "ExtraLarge";
                // A marker, not colour or bold: the demo's output is also read as a log file and in CI.
                lines.Add(new CardLine(Str(element, "text") ?? "", prefix, heading ? "■ " : "", []));
                break;
            case "RichTextBlock":
                Add(lines, prefix, string.Concat(Inlines(element["inlines"])));
                break;
            case "Container":
                // Emphasis and accent containers hold quotes and highlighted parts; a bar keeps them together.
                var styled = Str(element, "style") is "emphasis" or "accent" or "good" or "attention" or "warning";
                Elements(element["items"], lines, styled ? prefix + "│ " : prefix);
                break;
            case "ColumnSet":
                ColumnSet(element, lines, prefix);
                break;
            case "FactSet":
                foreach (var fact in (element["facts"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    Add(lines, prefix, $"{Str(fact, "title")}: {Str(fact, "value")}");
                }

                break;
            case "Table":
                foreach (var row in (element["rows"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    var cells = (row["cells"] as JsonArray ?? []).OfType<JsonObject>()
                        .Select(c => string.Join(" ", Nested(c["items"]).SelectMany(l => l.Display)));
                    Add(lines, prefix, string.Join(" | ", cells));
                }

                break;
            case "Image":
                Add(lines, prefix, $"[afbeelding{Label(Str(element, "altText"))}]");
                break;
            case "ImageSet":
                Add(lines, prefix, $"[{(element["images"] as JsonArray)?.Count ?? 0} afbeeldingen]");
                break;
            case "Media":
                Add(lines, prefix, $"[video{Label(Str(element, "altText"))}]");
                break;
            case "ActionSet":
                Actions(element["actions"], lines, prefix);
                break;
            case "Input.Text":
                InputLabel(element, lines, prefix);
                Add(lines, prefix, $"[ {Str(element, "placeholder") ?? ""} ]{(Bool(element, "isMultiline") ? " (meerdere regels)" : "")}");
                break;
            case "Input.ChoiceSet":
                ChoiceSet(element, lines, prefix);
                break;
            case "Input.Toggle":
                Add(lines, prefix, $"[ ] {Str(element, "title") ?? Str(element, "label")}");
                break;
            case "Input.Number" or "Input.Date" or "Input.Time":
                InputLabel(element, lines, prefix);
                Add(lines, prefix, $"[ {Str(element, "placeholder") ?? ""} ]");
                break;
            case var other:
                // An element this reader does not know is handled as a Teams client would: its fallback element,
                // nothing for fallback "drop", else its type so the reader knows something was there.
                if (element["fallback"] is JsonObject fallback)
                {
                    Element(fallback, lines, prefix);
                }
                else if (Str(element, "fallback") != "drop")
                {
                    Add(lines, prefix, $"[{other ?? "?"}]");
                }

                break;
        }
    }

    private static List<CardLine> Nested(JsonNode? items)
    {
        var lines = new List<CardLine>();
        Elements(items, lines, "");
        return lines;
    }

    private static IEnumerable<string> Inlines(JsonNode? inlines) => inlines is JsonArray array
        ? array.Select(i => i switch
        {
            JsonObject obj => Str(obj, "text") ?? "",
            JsonValue value when value.TryGetValue<string>(out var s) => s,
            _ => "",
        })
        : [];

    private static void ColumnSet(JsonObject element, List<CardLine> lines, string prefix)
    {
        var columns = (element["columns"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(c => Nested(c["items"]))
            .Where(c => c.Count > 0)
            .ToList();
        if (columns.Count == 0)
        {
            return;
        }

        // Columns stand side by side: their first lines (a theme and its count, say) share one line, and what else
        // a column holds (the theme's quote) follows under it.
        var cells = columns.Select(c => string.Join(" ", c[0].Display)).ToList();
        lines.Add(new CardLine(string.Join("  ", cells), prefix, "", cells));
        foreach (var line in columns.SelectMany(c => c.Skip(1)))
        {
            lines.Add(line with { Prefix = prefix + line.Prefix });
        }
    }

    private static void ChoiceSet(JsonObject element, List<CardLine> lines, string prefix)
    {
        InputLabel(element, lines, prefix);
        var multiple = Bool(element, "isMultiSelect");
        var choices = (element["choices"] as JsonArray ?? []).OfType<JsonObject>().Select(c => Str(c, "title") ?? Str(c, "value") ?? "").ToList();
        if (Str(element, "style") == "expanded" || multiple)
        {
            foreach (var choice in choices)
            {
                Add(lines, prefix, $"{(multiple ? "[ ]" : "( )")} {choice}");
            }

            return;
        }

        Add(lines, prefix, $"[▾ {string.Join(" / ", choices)}]");
    }

    private static void InputLabel(JsonObject element, List<CardLine> lines, string prefix)
    {
        // A label that repeats the card's title or the input's placeholder (there for screen readers) adds nothing.
        if (Str(element, "label") is { Length: > 0 } label
            && label != Str(element, "placeholder")
            && !lines.Any(l => l.Text.EndsWith(label, StringComparison.Ordinal)))
        {
            Add(lines, prefix, label);
        }
    }

    private static void Actions(JsonNode? actions, List<CardLine> lines, string prefix)
    {
        if (actions is not JsonArray array || array.Count == 0)
        {
            return;
        }

        var buttons = new List<string>();
        foreach (var action in array.OfType<JsonObject>())
        {
            var title = Str(action, "title") ?? "";
            switch (Str(action, "type"))
            {
                case "Action.OpenUrl":
                    Add(lines, prefix, $"[{title}] → {Str(action, "url")}");
                    break;
                case "Action.ShowCard" when action["card"] is JsonObject inner:
                    Add(lines, prefix, $"[{title} ▾]");
                    foreach (var line in Read(inner))
                    {
                        lines.Add(line with { Prefix = prefix + Indent + line.Prefix });
                    }

                    break;
                default:
                    buttons.Add($"[{title}]");
                    break;
            }
        }

        if (buttons.Count > 0)
        {
            Add(lines, prefix, string.Join(" ", buttons));
        }
    }

    private static void Add(List<CardLine> lines, string prefix, string text) => lines.Add(new CardLine(text, prefix, "", []));

    private static string Label(string? text) => string.IsNullOrWhiteSpace(text) ? "" : ": " + text;

    private static string? Str(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool Bool(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.True;
}
