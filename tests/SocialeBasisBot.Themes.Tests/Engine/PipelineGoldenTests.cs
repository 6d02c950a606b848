using System.Text.Json;
using Microsoft.Extensions.Configuration;
using SocialeBasisBot.Themes.Cli;
using SocialeBasisBot.Themes.Tests.Support;

namespace SocialeBasisBot.Themes.Tests.Engine;

/// <summary>
/// The engine's output on the dev answers, recorded before the pipeline was split into stages (issue 7): emergent
/// and guided per question, plus Ward, eigengap and text-only. Any change to the output is a change in behaviour.
/// Set SOCIALEBASISBOT_UPDATE_GOLDEN=1 to re-record after an intended change (and say why in the commit).
/// </summary>
[Collection(EngineTests.Name)]
public sealed class PipelineGoldenTests(EngineFixture fixture)
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "SocialeBasisBot.Themes.Tests", "Engine", "Golden");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in Load()) data.Add(c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Output_on_the_dev_answers_is_byte_identical_to_the_recorded_output(string name)
    {
        var golden = Load().Single(c => c.Name == name);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(golden.Options).Build();
        using var engine = fixture.Create(o => configuration.GetSection("Themes").Bind(o));
        var actual = ThemeResultWriter.ToJson(await engine.FindThemesAsync(golden.Request));
        var path = Path.Combine(Folder, name + ".json");
        if (Environment.GetEnvironmentVariable("SOCIALEBASISBOT_UPDATE_GOLDEN") == "1") await File.WriteAllTextAsync(path, actual);
        Assert.Equal(await File.ReadAllTextAsync(path), actual);
    }

    private static List<GoldenCase> Load() =>
        JsonSerializer.Deserialize<List<GoldenCase>>(File.ReadAllText(Path.Combine(Folder, "requests.json")), Json)!;

    private sealed record GoldenCase(string Name, Dictionary<string, string?> Options, ThemeRequest Request);
}
