using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SocialeBasisBot.Meetings;

/// <summary>The table of <see cref="MeetingState"/>s (applied by the DbContext).</summary>
public sealed class MeetingStateModel : IEntityTypeConfiguration<MeetingState>
{
    public void Configure(EntityTypeBuilder<MeetingState> builder)
    {
        builder.ToTable("MeetingStates");
        builder.HasKey(m => m.ConversationId);
        builder.Property(m => m.ConversationId).HasMaxLength(512);
    }
}
