namespace SocialeBasisBot.Programme.Kinds;

/// <summary>One item's YAML for an <see cref="ItemKind"/> to read its own fields from, with the reader's helpers.</summary>
/// <param name="Context">How error messages name the item ("onderdeel 'q1'").</param>
internal sealed record ItemYaml(YamlFields Fields, string Context, ProgrammeYamlReader Reader)
{
    public ProgrammeErrorCollector Errors => Reader.Errors;

    public string Capitalised => ProgrammeYamlReader.Capitalise(Context);
}
