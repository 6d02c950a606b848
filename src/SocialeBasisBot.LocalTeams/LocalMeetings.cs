using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialeBasisBot.LocalTeams;

/// <summary>
/// The meetings the local connector knows, and the Get participant route Teams answers for them:
/// GET /v1/meetings/{meetingId}/participants/{participantId}?tenantId={tenantId}, in the shape of
/// testdata/teams-fixtures/shape_meetingParticipant_get-response.json (user, meeting {role, inMeeting}, conversation).
/// A person not in the roster gets 404, as Teams answers for a participant it does not know.
/// </summary>
public sealed class LocalMeetings
{
    private const string Prefix = "/v1/meetings/";
    private readonly ConcurrentDictionary<(string Meeting, string User), (TeamsUser User, string Role)> roster = new();
    private readonly ConcurrentQueue<string> lookups = new();

    /// <summary>Every Get participant call so far, as "meetingId/participantId" (the bot must not cache roles).</summary>
    public IReadOnlyList<string> Lookups => [.. lookups];

    /// <summary>Puts <paramref name="user"/> in the meeting with a role as Teams spells it: Organizer, Presenter, Attendee…</summary>
    public void SetRole(string meetingId, TeamsUser user, string role) => roster[(meetingId, user.AadObjectId)] = (user, role);

    internal static bool Handles(string path) => path.StartsWith(Prefix, StringComparison.Ordinal);

    internal LoopbackResponse Respond(LoopbackRequest request, string path)
    {
        var parts = path[Prefix.Length..].Split("/participants/", 2);
        if (request.Method != "GET" || parts.Length != 2)
        {
            return Error(HttpStatusCode.NotFound, "NotFound", $"{request.Method} {path} is not part of the meetings API.");
        }

        var meetingId = Uri.UnescapeDataString(parts[0]);
        var participantId = Uri.UnescapeDataString(parts[1]);
        lookups.Enqueue($"{meetingId}/{participantId}");
        var query = request.PathAndQuery.Contains('?', StringComparison.Ordinal) ? request.PathAndQuery.Split('?', 2)[1] : "";
        if (!query.Contains("tenantId=", StringComparison.Ordinal))
        {
            return Error(HttpStatusCode.BadRequest, "BadArgument", "tenantId is required.");
        }

        if (!roster.TryGetValue((meetingId, participantId), out var entry))
        {
            return Error(HttpStatusCode.NotFound, "NotFound", "Participant not found in the meeting.");
        }

        var body = new JsonObject
        {
            ["user"] = new JsonObject
            {
                ["id"] = entry.User.Id,
                ["aadObjectId"] = entry.User.AadObjectId,
                ["name"] = entry.User.Name,
                ["givenName"] = entry.User.Name.Split(' ')[0],
                ["surname"] = entry.User.Name.Contains(' ', StringComparison.Ordinal) ? entry.User.Name.Split(' ', 2)[1] : "",
                ["email"] = $"{entry.User.AadObjectId}@example.org",
                ["userPrincipalName"] = $"{entry.User.AadObjectId}@example.org",
                ["tenantId"] = TeamsChat.TenantId,
                ["userRole"] = "user",
            },
            ["meeting"] = new JsonObject { ["role"] = entry.Role, ["inMeeting"] = true },
            ["conversation"] = new JsonObject { ["id"] = "19:meeting_" + meetingId + "@thread.v2", ["isGroup"] = true },
        };
        return new LoopbackResponse((int)HttpStatusCode.OK, body.ToJsonString());
    }

    private static LoopbackResponse Error(HttpStatusCode status, string code, string message) =>
        new((int)status, JsonSerializer.Serialize(new { error = new { code, message } }));
}
