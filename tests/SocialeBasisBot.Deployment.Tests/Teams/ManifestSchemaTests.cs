using System.Text.Json.Nodes;
using NJsonSchema.Validation;
using SocialeBasisBot.Deployment.Tests.Infrastructure;

namespace SocialeBasisBot.Deployment.Tests.Teams;

public class ManifestSchemaTests
{
    [Fact]
    public async Task Manifest_with_a_real_app_id_is_valid_against_the_v1_30_schema()
    {
        var errors = await ManifestSchema.ValidateAsync(ManifestFile.SubstitutedText());

        Assert.True(errors.Count == 0, ManifestSchema.Describe(errors));
    }

    [Fact]
    public async Task Manifest_with_the_placeholder_left_in_is_rejected_because_ids_must_be_guids()
    {
        var errors = await ManifestSchema.ValidateAsync(ManifestFile.RawText());

        // id, bots[0].botId and webApplicationInfo.id all carry {{MicrosoftAppId}}: each must fail the guid pattern.
        Assert.Equal(3, errors.Count(e => e.Kind == ValidationErrorKind.PatternMismatch));
    }

    [Fact]
    public async Task The_validator_really_applies_the_draft_04_schema_to_bots_and_descriptions()
    {
        // Guards against a validator that silently accepts everything (e.g. one that does not understand draft-04).
        var manifest = ManifestFile.Substituted();
        manifest["bots"]![0]!["scopes"]!.AsArray().Add("meeting");
        manifest["description"]!["short"] = new string('x', 81);
        manifest.Remove("developer");

        var errors = await ManifestSchema.ValidateAsync(manifest.ToJsonString());

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NotInEnumeration);
        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.StringTooLong);
        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.PropertyRequired && e.Property == "developer");
    }

    [Fact]
    public void Manifest_declares_schema_version_1_30()
    {
        // The schema pins manifestVersion with "const", a draft-06 keyword inside a draft-04 schema. NJsonSchema
        // 11.6.2 ignores it (a manifest saying "1.29" passes), so this test is the only check of the version.
        var manifest = ManifestFile.Substituted();

        Assert.Equal("1.30", (string?)manifest["manifestVersion"]);
        Assert.Equal(
            "https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json",
            (string?)manifest["$schema"]);
    }

    [Fact]
    public void Every_placeholder_in_the_committed_manifest_is_one_the_package_script_fills_in()
    {
        var placeholders = System.Text.RegularExpressions.Regex.Matches(ManifestFile.RawText(), @"\{\{(\w+)\}\}")
            .Select(m => m.Groups[1].Value)
            .ToHashSet();

        Assert.Equal(["BotHost", "MicrosoftAppId"], placeholders.Order());
        Assert.DoesNotContain("{{", ManifestFile.SubstitutedText(), StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(ManifestFile.SubstitutedText()));
    }
}
