using System.Reflection;
using Microsoft.Extensions.Configuration;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Teams;

namespace SocialeBasisBot.Tests.Edge;

/// <summary>
/// The Teams edge only translates: nothing under Teams/ takes storage, the conversation locks or raw configuration,
/// so the decisions stay in Core and a move off Bot Framework rewrites Teams/ alone.
/// </summary>
public sealed class OneWayEdgeTests
{
    private static readonly Type[] Forbidden = [typeof(SessionStore), typeof(ConversationLocks), typeof(IConfiguration)];

    private static readonly List<string> Names = [.. typeof(SocialeBasisTeamsBot).Assembly.GetTypes()
        .Where(t => t.Namespace?.StartsWith("SocialeBasisBot.Teams", StringComparison.Ordinal) == true && !t.IsNested)
        .Select(t => t.FullName!)];

    public static TheoryData<string> EdgeTypes => [.. Names];

    [Theory]
    [MemberData(nameof(EdgeTypes))]
    public void No_edge_type_takes_storage_locks_or_raw_configuration(string typeName)
    {
        var type = typeof(SocialeBasisTeamsBot).Assembly.GetType(typeName)!;
        var taken = type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .SelectMany(c => c.GetParameters())
            .Select(p => p.ParameterType)
            .Concat(type.GetFields(BindingFlags.NonPublic | BindingFlags.Instance).Select(f => f.FieldType));

        Assert.DoesNotContain(taken, t => Forbidden.Any(f => f.IsAssignableFrom(t)));
    }

    [Fact]
    public void The_edge_types_are_found()
    {
        Assert.Contains(typeof(SocialeBasisTeamsBot).FullName!, Names);
        Assert.Contains(typeof(SocialeBasisBot.Teams.Meetings.MeetingRoleLookup).FullName!, Names);
    }
}
