namespace SocialeBasisBot.Sessions;

/// <summary>
/// The address the current request came in on, read when an export card is queued (the worker that sends it later
/// has no request). The host provides it; without a host it is empty and links use <c>Exports:PublicBaseUrl</c>.
/// </summary>
public class RequestAddress
{
    public virtual string BaseUrl => "";
}
