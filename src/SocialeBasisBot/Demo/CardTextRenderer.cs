using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialeBasisBot.Demo;

/// <summary>
/// Renders an Adaptive Card as plain text lines for a terminal: headings, texts, bullets, quotes with their sources
/// (emphasis containers, indented with a bar), facts, tables, inputs with their choices and the buttons. Elements
/// that are hidden or that a terminal cannot show (images) get a short placeholder instead of disappearing.
/// </summary>
public static class CardTextRenderer
{
    private const string Indent = "  ";

    public static IReadOnlyList<string> Render(JsonObject card)
    {
        var lines = new List<string>();
        Elements(card["body"], lines, "");
        Actions(card["actions"], lines, "");
        if (lines.Count == 0 && Str(card, "fallbackText") is { Length: > 0 } fallback)
        {
            lines.AddRange(fallback.Split('\n'));
        }

        return lines;
    }

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

    private static void Elements(JsonNode? elements, List<string> lines, string prefix)
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

    private static void Element(JsonObject element, List<string> lines, string prefix)
    {
        switch (Str(element, "type"))
        {
            case "TextBlock":
                AddText(lines, prefix, TextBlock(element));
                break;
            case "RichTextBlock":
                AddText(lines, prefix, string.Concat(Inlines(element["inlines"])));
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
                    AddText(lines, prefix, $"{Str(fact, "title")}: {Str(fact, "value")}");
                }

                break;
            case "Table":
                foreach (var row in (element["rows"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    var cells = (row["cells"] as JsonArray ?? []).OfType<JsonObject>().Select(c =>
                    {
                        var cellLines = new List<string>();
                        Elements(c["items"], cellLines, "");
                        return string.Join(" ", cellLines);
                    });
                    AddText(lines, prefix, string.Join(" | ", cells));
                }

                break;
            case "Image":
                lines.Add($"{prefix}[afbeelding{Label(Str(element, "altText"))}]");
                break;
            case "ImageSet":
                lines.Add($"{prefix}[{(element["images"] as JsonArray)?.Count ?? 0} afbeeldingen]");
                break;
            case "Media":
                lines.Add($"{prefix}[video{Label(Str(element, "altText"))}]");
                break;
            case "ActionSet":
                Actions(element["actions"], lines, prefix);
                break;
            case "Input.Text":
                InputLabel(element, lines, prefix);
                lines.Add($"{prefix}[ {Str(element, "placeholder") ?? ""} ]{(Bool(element, "isMultiline") ? " (meerdere regels)" : "")}");
                break;
            case "Input.ChoiceSet":
                ChoiceSet(element, lines, prefix);
                break;
            case "Input.Toggle":
                lines.Add($"{prefix}[ ] {Str(element, "title") ?? Str(element, "label")}");
                break;
            case "Input.Number" or "Input.Date" or "Input.Time":
                InputLabel(element, lines, prefix);
                lines.Add($"{prefix}[ {Str(element, "placeholder") ?? ""} ]");
                break;
            case var other:
                // An element this renderer does not know is handled as a Teams client would: its fallback element,
                // nothing for fallback "drop", else its type so the reader knows something was there.
                if (element["fallback"] is JsonObject fallback)
                {
                    Element(fallback, lines, prefix);
                }
                else if (Str(element, "fallback") != "drop")
                {
                    lines.Add($"{prefix}[{other ?? "?"}]");
                }

                break;
        }
    }

    private static string TextBlock(JsonObject block)
    {
        var text = Str(block, "text") ?? "";
        if (Str(block, "style") == "heading" || Str(block, "size") is "Large" or "ExtraLarge")
        {
            // A marker, not colour or bold: the output is also read as a log file and in CI.
            return "■ " + text;
        }

        return text;
    }

    private static IEnumerable<string> Inlines(JsonNode? inlines) => inlines is JsonArray array
        ? array.Select(i => i switch
        {
            JsonObject obj => Str(obj, "text") ?? "",
            JsonValue value when value.TryGetValue<string>(out var s) => s,
            _ => "",
        })
        : [];

    private static void ColumnSet(JsonObject element, List<string> lines, string prefix)
    {
        var columns = (element["columns"] as JsonArray ?? []).OfType<JsonObject>().Select(c =>
        {
            var columnLines = new List<string>();
            Elements(c["items"], columnLines, "");
            return columnLines;
        }).Where(c => c.Count > 0).ToList();
        if (columns.Count == 0)
        {
            return;
        }

        // Columns stand side by side: their first lines (a theme and its count, say) share one line, and what else
        // a column holds (the theme's quote) follows under it.
        lines.Add(prefix + string.Join("  ", columns.Select(c => c[0])));
        foreach (var line in columns.SelectMany(c => c.Skip(1)))
        {
            lines.Add(prefix + line);
        }
    }

    private static void ChoiceSet(JsonObject element, List<string> lines, string prefix)
    {
        InputLabel(element, lines, prefix);
        var multiple = Bool(element, "isMultiSelect");
        var choices = (element["choices"] as JsonArray ?? []).OfType<JsonObject>().Select(c => Str(c, "title") ?? Str(c, "value") ?? "").ToList();
        if (Str(element, "style") == "expanded" || multiple)
        {
            foreach (var choice in choices)
            {
                lines.Add($"{prefix}{(multiple ? "[ ]" : "( )")} {choice}");
            }

            return;
        }

        lines.Add($"{prefix}[▾ {string.Join(" / ", choices)}]");
    }

    private static void InputLabel(JsonObject element, List<string> lines, string prefix)
    {
        // A label that repeats the card's title or the input's placeholder (there for screen readers) adds nothing here.
        if (Str(element, "label") is { Length: > 0 } label
            && label != Str(element, "placeholder")
            && !lines.Any(l => l.EndsWith(label, StringComparison.Ordinal)))
        {
            lines.Add(prefix + label);
        }
    }

    private static void Actions(JsonNode? actions, List<string> lines, string prefix)
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
                    lines.Add($"{prefix}[{title}] → {Str(action, "url")}");
                    break;
                case "Action.ShowCard" when action["card"] is JsonObject inner:
                    lines.Add($"{prefix}[{title} ▾]");
                    foreach (var line in Render(inner))
                    {
                        lines.Add(prefix + Indent + line);
                    }

                    break;
                default:
                    buttons.Add($"[{title}]");
                    break;
            }
        }

        if (buttons.Count > 0)
        {
            lines.Add(prefix + string.Join(" ", buttons));
        }
    }

    private static void AddText(List<string> lines, string prefix, string text)
    {
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            lines.Add(prefix + line);
        }
    }

    private static string Label(string? text) => string.IsNullOrWhiteSpace(text) ? "" : ": " + text;

    private static string? Str(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool Bool(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.True;
}
