using System.Text.Json.Nodes;

namespace SocialeBasisBot.Tests.Infrastructure;

/// <summary>Reads what a person sees on an Adaptive Card.</summary>
public static class CardText
{
    public static IEnumerable<string> All(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "TextBlock" => [obj["text"]!.GetValue<string>()],
        JsonObject obj => obj.SelectMany(kv => All(kv.Value)),
        JsonArray array => array.SelectMany(All),
        _ => [],
    };

    /// <summary>The texts of each ColumnSet, column by column (e.g. a theme label and its count).</summary>
    public static IEnumerable<List<string>> ColumnSets(JsonNode? node) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "ColumnSet" => [All(obj["columns"]).ToList()],
        JsonObject obj => obj.SelectMany(kv => ColumnSets(kv.Value)),
        JsonArray array => array.SelectMany(ColumnSets),
        _ => [],
    };
}
