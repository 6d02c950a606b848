using Microsoft.IdentityModel.Tokens;

namespace SocialeBasisBot.Hosting;

/// <summary>
/// Recognises the exceptions the Bot Framework SDK lets escape while it checks a request's token, instead of refusing
/// the request: a token the identity libraries cannot read or validate is the caller's problem (401); signing keys
/// that cannot be fetched from Microsoft are ours (503, so Teams tries again). Anything else is not a token problem.
/// </summary>
public static class TokenCheckFailure
{
    private const string IdentityLibraries = "Microsoft.IdentityModel.";
    private const string JwtLibrary = "System.IdentityModel.Tokens.Jwt";

    /// <summary>401 or 503 for a failed token check; null for any other exception.</summary>
    public static int? StatusFor(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is SecurityTokenException)
        {
            return StatusCodes.Status401Unauthorized;
        }

        if (!FromIdentityLibraries(exception))
        {
            return null;
        }

        // "IDX20803: Unable to obtain configuration from …": the OpenID metadata or keys could not be fetched.
        return exception is InvalidOperationException && HasInner<IOException>(exception)
            ? StatusCodes.Status503ServiceUnavailable
            : exception is ArgumentException or InvalidOperationException ? StatusCodes.Status401Unauthorized : null;
    }

    private static bool FromIdentityLibraries(Exception exception) =>
        exception.Source is { } source
        && (source.StartsWith(IdentityLibraries, StringComparison.Ordinal) || source.Equals(JwtLibrary, StringComparison.Ordinal));

    private static bool HasInner<T>(Exception exception) where T : Exception
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is T)
            {
                return true;
            }
        }

        return false;
    }
}
