using NJsonSchema;
using NJsonSchema.Validation;

namespace SocialeBasisBot.Deployment.Tests.Infrastructure;

/// <summary>The Teams app manifest schema v1.30 from testdata/teams-fixtures, loaded once (it is large).</summary>
public static class ManifestSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromFileAsync(RepositoryPaths.ManifestSchema));

    /// <summary>All errors, with the ones nested under array items and sub-schemas lifted to the top.</summary>
    public static async Task<IReadOnlyList<ValidationError>> ValidateAsync(string json)
    {
        var schema = await Schema.Value;
        return [.. Flatten(schema.Validate(json))];
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.Values.SelectMany(e => e)))
                    yield return nested;
            }
            else
            {
                yield return error;
            }
        }
    }

    public static string Describe(IEnumerable<ValidationError> errors) =>
        string.Join(Environment.NewLine, errors.Select(e => $"{e.Path} (line {e.LineNumber}): {e.Kind} {e.Property}"));
}
