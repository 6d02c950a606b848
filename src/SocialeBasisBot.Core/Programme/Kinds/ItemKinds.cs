namespace SocialeBasisBot.Programme.Kinds;

/// <summary>The registration list: every kind of programme item.</summary>
public static class ItemKinds
{
    public static IReadOnlyList<ItemKind> All { get; } = [new InformationKind(), new OpenQuestionKind(), new PollKind()];

    public static ItemKind Of(ProgrammeItemKind kind) =>
        All.FirstOrDefault(k => k.Kind == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "No ItemKind registered.");

    /// <summary>The kind a programme file names, ignoring case, dashes and underscores; null when unknown.</summary>
    public static ItemKind? FromYaml(string name)
    {
        var normalised = Normalise(name);
        return All.FirstOrDefault(k => k.AllYamlNames.Any(n => Normalise(n) == normalised));
    }

    private static string Normalise(string name) =>
        name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
