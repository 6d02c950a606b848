using System.Net;

namespace SocialeBasisBot.LocalTeams;

/// <summary>A failure the connector answers one call with, as Teams does when it throttles (429 with Retry-After) or fails.</summary>
public sealed record ConnectorFailure(HttpStatusCode Status, TimeSpan? RetryAfter = null);
