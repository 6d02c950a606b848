namespace SocialeBasisBot.Benchmarks.Data;

public sealed record LabelledAnswer(string Id, string Group, string Text, string Label, string? Label2 = null);
