namespace SocialeBasisBot.BrowserTests.Infrastructure;

/// <summary>What a page did while open: every request URL, those blocked for leaving the machine, alerts and errors.</summary>
public sealed record PageEvents
{
    public IReadOnlyList<string> Requests { get; init; } = [];
    public IReadOnlyList<string> Blocked { get; init; } = [];
    public IReadOnlyList<string> Dialogs { get; init; } = [];
    public IReadOnlyList<string> Console { get; init; } = [];
    public IReadOnlyList<string> PageErrors { get; init; } = [];
    public IReadOnlyList<string> CspViolations { get; init; } = [];
}
