using SocialeBasisBot.Themes;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SocialeBasisBot.Benchmarks.Data;

/// <summary>Just the parts of dialogs/sociale-basis.yaml the guided benchmark needs: questions, expected themes, blocks.</summary>
public static class ProgrammeThemes
{
    public sealed class ProgrammeFile
    {
        public List<BlockYaml> BuildingBlocks { get; init; } = [];
        public List<ItemYaml> Items { get; init; } = [];
    }

    public sealed class BlockYaml
    {
        public string Id { get; init; } = "";
        public string Title { get; init; } = "";
        public List<string> Theory { get; init; } = [];
        public List<string> WorkingOn { get; init; } = [];
    }

    public sealed class ItemYaml
    {
        public string Id { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? Text { get; init; }
        public List<string> BuildingBlocks { get; init; } = [];
        public List<ThemeYaml> ExpectedThemes { get; init; } = [];
    }

    public sealed class ThemeYaml
    {
        public string Id { get; init; } = "";
        public string Label { get; init; } = "";
        public string Description { get; init; } = "";
        public List<string> Examples { get; init; } = [];
        public List<string> BuildingBlocks { get; init; } = [];
    }

    public static ProgrammeFile Load(string path) =>
        new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<ProgrammeFile>(File.ReadAllText(path));

    public static (IReadOnlyList<ExpectedTheme> Themes, IReadOnlyList<BuildingBlockText> Blocks, string? Question) ForQuestion(ProgrammeFile programme, string questionId)
    {
        var item = programme.Items.Single(i => i.Id == questionId);
        var themes = item.ExpectedThemes.Select(t => new ExpectedTheme
        {
            Id = t.Id, Label = t.Label, Description = t.Description, Examples = t.Examples, BuildingBlocks = t.BuildingBlocks,
        }).ToList();
        var blocks = programme.BuildingBlocks.Where(b => item.BuildingBlocks.Contains(b.Id))
            .Select(b => new BuildingBlockText(b.Id, b.Title, string.Join(" ", b.Theory.Concat(b.WorkingOn))))
            .ToList();
        return (themes, blocks, item.Text);
    }
}
