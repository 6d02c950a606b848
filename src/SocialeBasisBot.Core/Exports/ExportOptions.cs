using System.ComponentModel.DataAnnotations;

namespace SocialeBasisBot.Exports;

/// <summary>Configuration section "Exports".</summary>
public sealed class ExportOptions : IValidatableObject
{
    public const string Section = "Exports";
    public const int MinimumKeyLength = 32;

    /// <summary>HMAC key for download links. Empty: a random key per process, so links die with a restart.</summary>
    public string SigningKey { get; set; } = "";

    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Exports:LinkLifetime must be between 1 minute and 30 days.")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The address people use to reach the bot (e.g. "https://bot.gemeente.nl"), for download links. Empty: the
    /// address of the request that asked for the export.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Times in the exports are shown in this zone (IANA id).</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SigningKey.Length is > 0 and < MinimumKeyLength)
            yield return new ValidationResult(
                $"Exports:SigningKey must be at least {MinimumKeyLength} characters (or empty for a random key per process).",
                [nameof(SigningKey)]);
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"))
            yield return new ValidationResult(
                "Exports:PublicBaseUrl must be an absolute URL such as https://bot.example.nl (or empty).", [nameof(PublicBaseUrl)]);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return new ValidationResult($"Exports:TimeZone '{TimeZone}' is not a known time zone.", [nameof(TimeZone)]);
    }
}
