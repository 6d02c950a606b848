namespace SocialeBasisBot.Programme.Kinds;

/// <summary>A slide to show: text, bullets, quotes, links. Takes no answers.</summary>
public sealed class InformationKind : ItemKind
{
    public override ProgrammeItemKind Kind => ProgrammeItemKind.Information;

    public override string YamlName => "information";

    public override IReadOnlyList<string> YamlAliases => ["info", "informatie"];

    public override string DutchDescription => "informatie";

    public override string CardTemplate => "information";
}
