namespace SocialeBasisBot.Themes.Agreement;

/// <summary>
/// What <see cref="AgreementDetector"/> found: whether a line agrees, whether it adds words of its own (then it stays
/// an answer as well), and the person it names ("eens met Sandra").
/// </summary>
public sealed record AgreementMatch(bool Agrees, bool AddsWords, string? NamedPerson)
{
    public static readonly AgreementMatch None = new(false, false, null);

    /// <summary>Agrees and says nothing else: support only.</summary>
    public bool IsSupportOnly => Agrees && !AddsWords;
}
