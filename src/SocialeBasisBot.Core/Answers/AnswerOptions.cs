using System.ComponentModel.DataAnnotations;

namespace SocialeBasisBot.Answers;

/// <summary>Configuration section "Answers".</summary>
public sealed class AnswerOptions
{
    public const string Section = "Answers";

    /// <summary>
    /// Longest answer stored, mark included. A chat message can be far longer than anyone writes as an answer; the
    /// rest would only slow the theme engine and swell the exports.
    /// </summary>
    [Range(AnswerText.ShortestLimit, 1_000_000)]
    public int MaxLength { get; set; } = 4_000;
}
