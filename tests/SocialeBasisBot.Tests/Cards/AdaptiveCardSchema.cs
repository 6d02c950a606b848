using System.Text.Json.Nodes;
using Json.Schema;

namespace SocialeBasisBot.Tests.Cards;

/// <summary>
/// The Adaptive Card 1.5 schema from testdata/teams-fixtures (Teams renders at most 1.5). The schema allows no unknown properties,
/// so Teams' own "msteams" property on the card is allow-listed, as the schema's README says hosts must do.
/// </summary>
public static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    public static EvaluationResults Evaluate(JsonObject card) =>
        Schema.Value.Evaluate(System.Text.Json.JsonSerializer.SerializeToElement(card), new EvaluationOptions { OutputFormat = OutputFormat.List });

    public static string Describe(EvaluationResults results) => string.Join("\n",
        (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static JsonSchema Load()
    {
        var path = Path.Combine(RepositoryPaths.Fixtures, "adaptive-card.schema.json");
        var schema = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var card = schema["definitions"]!["AdaptiveCard"]!["properties"]!.AsObject();
        card["msteams"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["width"] = new JsonObject { ["enum"] = new JsonArray("Full") } },
            ["additionalProperties"] = false,
        };
        // A fresh id, so the patched copy does not clash with the original in the global schema registry.
        schema["id"] = "https://socialebasisbot.test/adaptive-card-1.5-teams.json";
        return JsonSchema.FromText(schema.ToJsonString());
    }
}
