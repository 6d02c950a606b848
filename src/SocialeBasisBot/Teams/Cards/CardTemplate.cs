using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialeBasisBot.Teams.Cards;

/// <summary>
/// An Adaptive Card JSON template with the small subset of the Adaptive Cards templating language we need:
/// "${name}" in string values, "$data": "${list}" on an array element to repeat it per list entry, and
/// "$when": "${flag}" to drop an element. Values are inserted as JSON values, so participant text can never break
/// out of its string.
/// </summary>
public sealed partial class CardTemplate
{
    private readonly JsonNode template;

    private CardTemplate(string name, JsonNode template)
    {
        Name = name;
        this.template = template;
    }

    public string Name { get; }

    public static CardTemplate Load(string name)
    {
        var assembly = typeof(CardTemplate).Assembly;
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith($".Cards.{name}.json", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Card template '{name}' is not an embedded resource.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return new CardTemplate(name, JsonNode.Parse(stream) ?? throw new InvalidOperationException($"Card template '{name}' is empty."));
    }

    /// <summary>Renders the card with values from <paramref name="data"/> (an anonymous object or dictionary).</summary>
    public JsonObject Render(object data) => (JsonObject)Expand(template, new Scope(data, data))!;

    private static JsonNode? Expand(JsonNode? node, Scope data) => node switch
    {
        JsonObject obj => ExpandObject(obj, data),
        JsonArray array => ExpandArray(array, data),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => ExpandString(value.GetValue<string>(), data),
        null => null,
        _ => node.DeepClone(),
    };

    private static JsonObject ExpandObject(JsonObject obj, Scope data)
    {
        var result = new JsonObject();
        foreach (var (key, value) in obj)
        {
            if (key is "$data" or "$when")
            {
                continue;
            }

            result[key] = Expand(value, data);
        }

        return result;
    }

    private static JsonArray ExpandArray(JsonArray array, Scope data)
    {
        var result = new JsonArray();
        foreach (var element in array)
        {
            if (element is JsonObject obj && obj["$data"] is JsonValue dataRef && Whole(dataRef.GetValue<string>()) is { } listName)
            {
                if (Lookup(data, listName) is IEnumerable list and not string)
                {
                    foreach (var entry in list)
                    {
                        var scope = data with { Current = entry };
                        if (Include(obj, scope))
                        {
                            result.Add(ExpandObject(obj, scope));
                        }
                    }
                }

                continue;
            }

            if (element is JsonObject conditional && !Include(conditional, data))
            {
                continue;
            }

            result.Add(Expand(element, data));
        }

        return result;
    }

    private static bool Include(JsonObject obj, Scope data) =>
        obj["$when"] is not JsonValue when
        || Truthy(Whole(when.GetValue<string>()) is { } name ? Lookup(data, name) : when.GetValue<string>());

    private static JsonNode? ExpandString(string text, Scope data)
    {
        if (Whole(text) is { } name)
        {
            // A whole-value placeholder keeps the value's JSON type (number, bool, object).
            var value = Lookup(data, name);
            return value is null ? JsonValue.Create("") : JsonSerializer.SerializeToNode(value);
        }

        return JsonValue.Create(Placeholder().Replace(text, m => Format(Lookup(data, m.Groups[1].Value))));
    }

    private static string? Whole(string text)
    {
        var match = Placeholder().Match(text);
        return match.Success && match.Index == 0 && match.Length == text.Length ? match.Groups[1].Value : null;
    }

    private static object? Lookup(Scope data, string path)
    {
        var parts = path.Split('.');
        var current = parts[0] == "$root" ? data.Root : data.Current;
        foreach (var part in parts)
        {
            if (part is "$root" or "$data")
            {
                continue;
            }

            current = current switch
            {
                null => null,
                IDictionary<string, object?> dict => dict.TryGetValue(part, out var v) ? v : null,
                _ => current.GetType().GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.GetValue(current),
            };
        }

        return current;
    }

    private static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        int i => i != 0,
        string s => s.Length > 0 && s != "false",
        IEnumerable e => e.Cast<object>().Any(),
        _ => true,
    };

    private static string Format(object? value) => value switch
    {
        null => "",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The data a placeholder reads from: the list entry being repeated, and the whole card's data.</summary>
    private readonly record struct Scope(object? Current, object? Root);

    [GeneratedRegex(@"\$\{([A-Za-z0-9_.$]+)\}")]
    private static partial Regex Placeholder();
}
