using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SocialeBasisBot.Meetings;

/// <summary>The table of <see cref="MeetingNotice"/>s (applied by the DbContext): its key is the once-per-question rule.</summary>
public sealed class MeetingNoticeModel : IEntityTypeConfiguration<MeetingNotice>
{
    public void Configure(EntityTypeBuilder<MeetingNotice> builder)
    {
        builder.ToTable("MeetingNotices");
        builder.HasKey(n => new { n.SessionId, n.ItemId });
        builder.Property(n => n.SessionId).HasMaxLength(64);
        builder.Property(n => n.ItemId).HasMaxLength(128);
    }
}
