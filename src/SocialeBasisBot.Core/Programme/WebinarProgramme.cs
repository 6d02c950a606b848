namespace SocialeBasisBot.Programme;

/// <summary>A session programme loaded from a YAML file in dialogs/.</summary>
public sealed record WebinarProgramme
{
    /// <summary>Short id used in commands, e.g. "sociale-basis" in "start sociale-basis".</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    /// <summary>"nl" (default) or "en".</summary>
    public string Language { get; init; } = "nl";
    public IReadOnlyList<BuildingBlock> BuildingBlocks { get; init; } = [];
    public IReadOnlyList<ProgrammeItem> Items { get; init; } = [];
    /// <summary>The file it was loaded from (empty for programmes built in code).</summary>
    public string SourceFile { get; init; } = "";

    public BuildingBlock? FindBuildingBlock(string id) =>
        BuildingBlocks.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.OrdinalIgnoreCase));

    public ProgrammeItem? FindItem(string id) =>
        Items.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase));
}
