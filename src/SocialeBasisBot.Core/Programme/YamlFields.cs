using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SocialeBasisBot.Programme;

/// <summary>
/// Reads the keys of one YAML mapping with the positions of their values, reporting unknown keys, missing required
/// keys and values of the wrong shape to the collector instead of throwing, so one pass finds every problem.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> values = new(StringComparer.Ordinal);
    private readonly ProgrammeErrorCollector errors;
    private readonly string context;

    public YamlFields(YamlMappingNode node, string context, IReadOnlyList<string> allowedKeys, ProgrammeErrorCollector errors)
    {
        Start = node.Start;
        this.context = context;
        this.errors = errors;
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                errors.Add(keyNode.Start, $"In {context} staat een sleutel die geen gewone naam is.");
                continue;
            }

            if (!allowedKeys.Contains(key, StringComparer.Ordinal))
            {
                errors.Add(keyNode.Start, UnknownKeyReason(key, allowedKeys));
                continue;
            }

            values[key] = (scalarKey, value);
        }
    }

    public Mark Start { get; }

    public bool Has(string key) => values.TryGetValue(key, out var entry) && !IsEmpty(entry.Value);

    /// <summary>
    /// Where to point the organiser for a key: at a text value itself, at the key for lists, blocks and empty values,
    /// and at the start of the mapping when the key is missing.
    /// </summary>
    public Mark PositionOf(string key) =>
        values.TryGetValue(key, out var entry)
            ? (entry.Value is YamlScalarNode && !IsEmpty(entry.Value) ? entry.Value.Start : entry.Key.Start)
            : Start;

    public string? String(string key, bool required = false)
    {
        if (!values.TryGetValue(key, out var entry) || IsEmpty(entry.Value))
        {
            if (required)
            {
                errors.Add(values.TryGetValue(key, out var empty) ? empty.Key.Start : Start,
                    $"In {context} ontbreekt '{key}' (verplicht).");
            }

            return null;
        }

        if (entry.Value is not YamlScalarNode scalar)
        {
            errors.Add(entry.Value.Start, $"'{key}' in {context} moet een tekst zijn, geen lijst of blok.");
            return null;
        }

        var text = scalar.Value!.Trim();
        if (text.Length == 0 && required)
        {
            errors.Add(entry.Value.Start, $"In {context} is '{key}' leeg (verplicht).");
            return null;
        }

        return text;
    }

    public bool Bool(string key)
    {
        var text = String(key);
        switch (text?.ToLowerInvariant())
        {
            case null or "false" or "no" or "nee":
                return false;
            case "true" or "yes" or "ja":
                return true;
            default:
                errors.Add(PositionOf(key), $"'{key}' in {context} moet true of false zijn, niet '{text}'.");
                return false;
        }
    }

    /// <summary>A list of texts; a single text is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, Mark At)> StringList(string key)
    {
        if (!values.TryGetValue(key, out var entry) || IsEmpty(entry.Value))
        {
            return [];
        }

        if (entry.Value is YamlScalarNode single)
        {
            return [(single.Value!.Trim(), single.Start)];
        }

        var result = new List<(string, Mark)>();
        foreach (var child in Sequence(key))
        {
            if (child is YamlScalarNode { Value: { } value } scalar && value.Trim().Length > 0)
            {
                result.Add((value.Trim(), scalar.Start));
            }
            else
            {
                errors.Add(child.Start, $"Elk punt van '{key}' in {context} moet een (niet-lege) tekst zijn.");
            }
        }

        return result;
    }

    /// <summary>The entries of a list-valued key; reports a value that is not a list.</summary>
    public IReadOnlyList<YamlNode> Sequence(string key)
    {
        if (!values.TryGetValue(key, out var entry) || IsEmpty(entry.Value))
        {
            return [];
        }

        if (entry.Value is YamlSequenceNode sequence)
        {
            return sequence.Children.ToList();
        }

        errors.Add(entry.Value.Start, $"'{key}' in {context} moet een lijst zijn (regels die beginnen met '- ').");
        return [];
    }

    /// <summary>The entries of a list of mappings; entries of another shape are reported and skipped.</summary>
    /// <param name="key">The list's key.</param>
    /// <param name="eachEntry">How to start the sentence about one entry, with its Dutch article: "Elk onderdeel".</param>
    public IReadOnlyList<YamlMappingNode> Mappings(string key, string eachEntry)
    {
        var result = new List<YamlMappingNode>();
        foreach (var child in Sequence(key))
        {
            if (child is YamlMappingNode mapping)
            {
                result.Add(mapping);
            }
            else
            {
                errors.Add(child.Start,
                    $"{eachEntry} onder '{key}' in {context} moet sleutels hebben (zoals 'id:' en 'title:'), " +
                    "geen losse tekst.");
            }
        }

        return result;
    }

    private static bool IsEmpty(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null", Style: ScalarStyle.Plain or ScalarStyle.Any };

    private string UnknownKeyReason(string key, IReadOnlyList<string> allowedKeys)
    {
        var closest = allowedKeys
            .Select(k => (Key: k, Distance: EditDistance(key.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(c => c.Distance <= Math.Max(2, key.Length / 4))
            .OrderBy(c => c.Distance)
            .Select(c => c.Key)
            .FirstOrDefault();
        var hint = closest is null ? "" : $" Bedoel je '{closest}'?";
        return $"Onbekende sleutel '{key}' in {context}.{hint} Toegestaan: {string.Join(", ", allowedKeys)}.";
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
