using System.Text.RegularExpressions;
using SocialeBasisBot.Programme.Kinds;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SocialeBasisBot.Programme;

/// <summary>
/// Turns one YAML programme file into a <see cref="WebinarProgramme"/>. Works on the representation model rather than
/// the deserializer so that every structural and semantic problem can point at the line and column it comes from.
/// </summary>
internal sealed partial class ProgrammeYamlReader
{
    private static readonly string[] ProgrammeKeys = ["id", "title", "description", "language", "buildingBlocks", "items"];
    private static readonly string[] BlockKeys = ["id", "title", "theory", "workingOn"];
    private static readonly string[] ItemKeys =
    [
        "id", "kind", "title", "text", "bullets", "bulletsFrom", "prompt", "quotes", "links", "buildingBlocks", "duration",
        .. ItemKinds.All.SelectMany(k => k.OwnFields).Distinct(StringComparer.Ordinal),
    ];
    private static readonly string[] QuoteKeys = ["text", "source"];
    private static readonly string[] LinkKeys = ["title", "url"];

    private readonly ProgrammeErrorCollector errors;
    private readonly Dictionary<string, BuildingBlock> blocks = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> themeIds = new(StringComparer.OrdinalIgnoreCase);

    internal ProgrammeErrorCollector Errors => errors;

    /// <summary>Expected-theme ids are unique across the whole programme; false when the id was already used.</summary>
    internal bool ClaimThemeId(string id) => themeIds.Add(id);

    private ProgrammeYamlReader(string file) => errors = new ProgrammeErrorCollector(file);

    /// <summary>Reads and validates one programme; throws <see cref="ProgrammeValidationException"/> listing all problems.</summary>
    public static ParsedProgramme Read(TextReader text, string file)
    {
        var reader = new ProgrammeYamlReader(file);
        var parsed = reader.ReadDocument(text);
        reader.errors.ThrowIfAny();
        return parsed!;
    }

    private ParsedProgramme? ReadDocument(TextReader text)
    {
        var yaml = text.ReadToEnd();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // The parser reports a tab at the start of the enclosing mapping; the line with the tab is more useful.
            if (FirstTabIndentedLine(yaml) is { } tabLine)
            {
                errors.Add(new Mark(0, tabLine, 1),
                    "De YAML klopt niet: deze regel springt in met een tab. Gebruik spaties om in te springen.");
            }
            else
            {
                errors.Add(ex.Start, "De YAML klopt niet: " + ExplainYamlError(PlainYamlMessage(ex)));
            }

            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            errors.AddForFile("Het bestand is leeg; een programma heeft minstens 'id', 'title' en 'items'.");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            errors.Add(stream.Documents[1].RootNode.Start,
                "Dit bestand bevat meer dan één YAML-document ('---'); zet elk programma in een eigen bestand.");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(stream.Documents[0].RootNode.Start,
                "Een programmabestand begint met sleutels als 'id:', 'title:' en 'items:'.");
            return null;
        }

        return ReadProgramme(root);
    }

    private ParsedProgramme ReadProgramme(YamlMappingNode root)
    {
        var fields = new YamlFields(root, "het programma", ProgrammeKeys, errors);
        var id = Identifier(fields, "het programma");
        var title = fields.String("title", required: true);
        var language = fields.String("language") ?? "nl";
        if (language is not ("nl" or "en"))
        {
            errors.Add(fields.PositionOf("language"), $"'language' moet nl of en zijn, niet '{language}'.");
        }

        // Building blocks are read first wherever they appear in the file, so items can refer to them.
        var buildingBlocks = fields.Mappings("buildingBlocks", "Elke bouwsteen").Select(ReadBuildingBlock).OfType<BuildingBlock>().ToList();
        if (!fields.Has("items"))
        {
            errors.Add(fields.PositionOf("items"), "Het programma heeft geen 'items' (onderdelen); voeg er minstens één toe.");
        }

        var itemIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var items = new List<ProgrammeItem>();
        foreach (var node in fields.Mappings("items", "Elk onderdeel"))
        {
            if (ReadItem(node, itemIds) is { } item)
            {
                items.Add(item);
            }
        }

        var programme = new WebinarProgramme
        {
            Id = id ?? "",
            Title = title ?? "",
            Description = fields.String("description") ?? "",
            Language = language,
            BuildingBlocks = buildingBlocks,
            Items = items,
            SourceFile = errors.File,
        };
        return new ParsedProgramme { Programme = programme, IdLine = checked((int)fields.PositionOf("id").Line) };
    }

    private BuildingBlock? ReadBuildingBlock(YamlMappingNode node)
    {
        var fields = new YamlFields(node, "een bouwsteen", BlockKeys, errors);
        var id = Identifier(fields, "een bouwsteen");
        var title = fields.String("title", required: true);
        if (id is null || title is null)
        {
            return null;
        }

        var block = new BuildingBlock
        {
            Id = id,
            Title = title,
            Theory = [.. fields.StringList("theory").Select(p => p.Value)],
            WorkingOn = [.. fields.StringList("workingOn").Select(p => p.Value)],
        };
        if (!blocks.TryAdd(id, block))
        {
            errors.Add(fields.PositionOf("id"), $"De bouwsteen-id '{id}' komt twee keer voor; geef elke bouwsteen een eigen id.");
            return null;
        }

        return block;
    }

    private ProgrammeItem? ReadItem(YamlMappingNode node, HashSet<string> itemIds)
    {
        var fields = new YamlFields(node, "een onderdeel", ItemKeys, errors);
        var id = Identifier(fields, "een onderdeel");
        var context = id is null ? "een onderdeel" : $"onderdeel '{id}'";
        if (id is not null && !itemIds.Add(id))
        {
            errors.Add(fields.PositionOf("id"), $"De id '{id}' is al gebruikt voor een eerder onderdeel; ids moeten uniek zijn.");
        }

        var kind = ReadKind(fields, context);
        var title = fields.String("title", required: true);
        var text = fields.String("text") ?? "";
        var blockIds = BlockReferences(fields, context);

        if (kind is { IsQuestion: true } && text.Length == 0)
        {
            errors.Add(fields.PositionOf("text"),
                $"{Capitalise(context)} is een vraag maar heeft geen 'text': zet de vraag zelf in 'text'.");
        }

        var bullets = ReadBullets(fields, context, blockIds);
        ReportFieldsOfOtherKinds(fields, context, kind);
        var ownFields = kind?.ReadOwnFields(new ItemYaml(fields, context, this));
        if (id is null || kind is null || title is null || ownFields is null)
        {
            return null;
        }

        return ownFields(new ProgrammeItem
        {
            Id = id,
            Kind = kind.Kind,
            Title = title,
            Text = text,
            Bullets = bullets,
            Prompt = fields.String("prompt") ?? "",
            Duration = ReadDuration(fields, context, kind),
            Quotes = ReadQuotes(fields, context),
            Links = ReadLinks(fields, context),
            BuildingBlocks = blockIds,
            SourceLine = checked((int)node.Start.Line),
        });
    }

    /// <summary>`duration: 3`: minutes a question stays open before it closes by itself (whole minutes, 1 to 120).</summary>
    private TimeSpan? ReadDuration(YamlFields fields, string context, ItemKind? kind)
    {
        if (fields.String("duration") is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes)
            || minutes is < 1 or > 120)
        {
            errors.Add(fields.PositionOf("duration"),
                $"'duration' bij {context} is '{text}': geef een aantal minuten van 1 tot en met 120, zoals `duration: 3`.");
            return null;
        }

        if (kind is { IsQuestion: false })
        {
            errors.Add(fields.PositionOf("duration"), $"'duration' bij {context} kan alleen bij een vraag of poll: alleen die sluiten.");
            return null;
        }

        return TimeSpan.FromMinutes(minutes);
    }

    private ItemKind? ReadKind(YamlFields fields, string context)
    {
        var kind = fields.String("kind", required: true);
        if (kind is null)
        {
            return null;
        }

        var parsed = ItemKinds.FromYaml(kind);
        if (parsed is null)
        {
            var names = ItemKinds.All.Select(k => k.YamlName).ToList();
            errors.Add(fields.PositionOf("kind"),
                $"Onbekende soort '{kind}' bij {context}. Kies {string.Join(", ", names[..^1])} of {names[^1]}.");
        }

        return parsed;
    }

    /// <summary>
    /// A field another kind owns ("options" on an open question) is an error. With an unknown kind the author already
    /// gets that error; more would only confuse.
    /// </summary>
    private void ReportFieldsOfOtherKinds(YamlFields fields, string context, ItemKind? kind)
    {
        if (kind is null)
        {
            return;
        }

        foreach (var owner in ItemKinds.All.Where(k => k != kind))
        {
            foreach (var field in owner.OwnFields.Where(f => !kind.OwnFields.Contains(f) && fields.Has(f)))
            {
                // Dutch agrees with the field: 'options' horen, 'multipleChoice' hoort.
                var verb = field.EndsWith('s') ? "horen" : "hoort";
                errors.Add(fields.PositionOf(field), $"'{field}' {verb} alleen bij {owner.DutchDescription}, niet bij {context}.");
            }
        }
    }

    internal List<string> BlockReferences(YamlFields fields, string context)
    {
        var result = new List<string>();
        foreach (var (blockId, at) in fields.StringList("buildingBlocks"))
        {
            if (blocks.TryGetValue(blockId, out var block))
            {
                result.Add(block.Id);
            }
            else
            {
                errors.Add(at, $"{Capitalise(context)} verwijst naar bouwsteen '{blockId}', maar die staat niet onder " +
                    $"'buildingBlocks'. Bekende bouwstenen: {KnownBlocks()}.");
            }
        }

        return result;
    }

    private List<string> ReadBullets(YamlFields fields, string context, List<string> blockIds)
    {
        var bullets = fields.StringList("bullets").Select(b => b.Value).ToList();
        var from = fields.String("bulletsFrom");
        if (from is null)
        {
            return bullets;
        }

        var at = fields.PositionOf("bulletsFrom");
        if (bullets.Count > 0)
        {
            errors.Add(at, $"{Capitalise(context)} heeft zowel 'bullets' als 'bulletsFrom'; kies er één.");
        }

        if (from is not ("theory" or "workingOn"))
        {
            errors.Add(at, $"'bulletsFrom' moet theory of workingOn zijn, niet '{from}'.");
            return bullets;
        }

        if (blockIds.Count != 1 || !fields.Has("buildingBlocks"))
        {
            errors.Add(at, $"'bulletsFrom' bij {context} werkt met precies één bouwsteen in 'buildingBlocks'.");
            return bullets;
        }

        var block = blocks[blockIds[0]];
        var points = from == "theory" ? block.Theory : block.WorkingOn;
        if (points.Count == 0)
        {
            errors.Add(at, $"Bouwsteen '{block.Id}' heeft geen punten onder '{from}', dus {context} zou leeg zijn.");
        }

        return [.. points];
    }

    private List<Quote> ReadQuotes(YamlFields fields, string context)
    {
        var quotes = new List<Quote>();
        foreach (var node in fields.Mappings("quotes", "Elk citaat"))
        {
            var quote = new YamlFields(node, $"een citaat van {context}", QuoteKeys, errors);
            if (quote.String("text", required: true) is { } text)
            {
                quotes.Add(new Quote { Text = text, Source = quote.String("source") ?? "" });
            }
        }

        return quotes;
    }

    private List<Link> ReadLinks(YamlFields fields, string context)
    {
        var links = new List<Link>();
        foreach (var node in fields.Mappings("links", "Elke link"))
        {
            var link = new YamlFields(node, $"een link van {context}", LinkKeys, errors);
            var title = link.String("title", required: true);
            var url = link.String("url", required: true);
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal)))
            {
                errors.Add(link.PositionOf("url"),
                    $"'{url}' bij {context} is geen geldig webadres; schrijf het volledig, bijv. https://www.movisie.nl/….");
            }
            else if (title is not null && url is not null)
            {
                links.Add(new Link { Title = title, Url = url });
            }
        }

        return links;
    }

    internal string? Identifier(YamlFields fields, string context)
    {
        var id = fields.String("id", required: true);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            errors.Add(fields.PositionOf("id"),
                $"De id '{id}' van {context} mag alleen letters, cijfers, '-', '_' en '.' bevatten (geen spaties).");
        }

        return id;
    }

    private static int? FirstTabIndentedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart(' ').StartsWith('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }

    private string KnownBlocks() => blocks.Count == 0 ? "(geen)" : string.Join(", ", blocks.Keys);

    internal static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // The parser's messages are English and technical; the common ones get a Dutch explanation with the fix.
    private static string ExplainYamlError(string message)
    {
        if (message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            var key = message["Duplicate key".Length..].Trim().TrimEnd('.');
            return $"de sleutel '{key}' staat twee keer in hetzelfde blok; laat er één staan.";
        }

        if (message.Contains("quoted scalar", StringComparison.Ordinal) && message.Contains("end of stream", StringComparison.Ordinal))
        {
            return "een tekst tussen aanhalingstekens wordt niet afgesloten; zet het sluitende aanhalingsteken erbij.";
        }

        if (message.Contains("mapping", StringComparison.Ordinal))
        {
            return "hier staat een 'sleutel: waarde' op een plek waar dat niet kan. Controleer het inspringen "
                + "(sleutels van hetzelfde onderdeel staan precies onder elkaar) of zet tekst met een dubbele punt "
                + "tussen aanhalingstekens. (" + message + ")";
        }

        return message + " Let op inspringen (spaties), dubbele punten en aanhalingstekens.";
    }

    // YamlException messages start with "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the position is reported separately.
    private static string PlainYamlMessage(YamlException ex)
    {
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        var start = message.LastIndexOf("): ", StringComparison.Ordinal);
        var plain = start >= 0 ? message[(start + 3)..] : message;
        return plain.EndsWith('.') ? plain : plain + ".";
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex IdPattern();
}
