using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Answers;

/// <summary>The configured cap on an answer's length (<see cref="AnswerOptions.MaxLength"/>), applied before it is stored.</summary>
public sealed class AnswerLimits(IOptions<AnswerOptions> options)
{
    public string Shorten(string text) => AnswerText.Shorten(text, options.Value.MaxLength);
}
