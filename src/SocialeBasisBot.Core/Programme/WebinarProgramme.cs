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

    /// <summary>1-based position of an item in the programme, as "Onderdeel 3 van 18" shows it.</summary>
    public int PositionOf(ProgrammeItem item)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i] == item)
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"Item '{item.Id}' is not in programme '{Id}'.", nameof(item));
    }

    public ProgrammeItem? FindItem(string id) =>
        Items.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase));
}
