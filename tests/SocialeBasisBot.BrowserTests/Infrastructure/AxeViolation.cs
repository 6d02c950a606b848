namespace SocialeBasisBot.BrowserTests.Infrastructure;

/// <summary>One rule axe-core found broken: its id, how bad ("minor" … "critical") and where.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Nodes)
{
    public bool IsSeriousOrWorse => Impact is "serious" or "critical";

    public override string ToString() => $"{Impact} {Id}: {Help} ({string.Join(", ", Nodes)})";
}
