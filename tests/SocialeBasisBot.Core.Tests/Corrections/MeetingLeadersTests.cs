using Microsoft.Extensions.Time.Testing;
using SocialeBasisBot.Corrections;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Core.Tests.Corrections;

/// <summary>
/// The meeting leaders a corrected card names in its refresh: remembered as Teams gives their roles, forgotten when
/// seen as attendees, and a whole chat forgotten once nobody's role was asked there for longer than a webinar lasts.
/// </summary>
public sealed class MeetingLeadersTests
{
    [Fact]
    public void Leaders_are_remembered_per_chat_and_a_chat_nobody_asked_about_for_half_a_day_is_forgotten()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var leaders = new MeetingLeaders(clock);
        leaders.Seen("chat-a", new Participant("29:anne", "Anne", Role: MeetingRole.Organizer));
        leaders.Seen("chat-a", new Participant("29:piet", "Piet", Role: MeetingRole.Presenter));
        leaders.Seen("chat-a", new Participant("29:joop", "Joop", Role: MeetingRole.Attendee));
        leaders.Seen("chat-b", new Participant("29:mila", "Mila", Role: MeetingRole.Presenter));
        Assert.Equal(["29:anne", "29:piet"], leaders.Of("chat-a"));

        // Piet is an attendee now; chat-b goes on while chat-a's meeting is long over.
        leaders.Seen("chat-a", new Participant("29:piet", "Piet", Role: MeetingRole.Attendee));
        Assert.Equal(["29:anne"], leaders.Of("chat-a"));
        clock.Advance(TimeSpan.FromHours(6));
        leaders.Seen("chat-b", new Participant("29:mila", "Mila", Role: MeetingRole.Presenter));
        clock.Advance(MeetingLeaders.ForgetAfter - TimeSpan.FromHours(1));
        leaders.Seen("chat-c", new Participant("29:ties", "Ties", Role: MeetingRole.Presenter));

        Assert.Empty(leaders.Of("chat-a"));
        Assert.Equal(["29:mila"], leaders.Of("chat-b"));
        Assert.Equal(["29:ties"], leaders.Of("chat-c"));
    }
}
