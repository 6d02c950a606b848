using System.ComponentModel.DataAnnotations;

namespace SocialeBasisBot.Privacy;

/// <summary>Section "Privacy": what the organisation tells participants when a session starts.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The organisation's privacy line, posted when a session starts; empty: none is posted.</summary>
    [MaxLength(1000)]
    public string Notice { get; set; } = "";
}
