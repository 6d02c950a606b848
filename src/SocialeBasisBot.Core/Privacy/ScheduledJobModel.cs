using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SocialeBasisBot.Privacy;

/// <summary>The table of <see cref="ScheduledJob"/>s (applied by the DbContext).</summary>
public sealed class ScheduledJobModel : IEntityTypeConfiguration<ScheduledJob>
{
    public void Configure(EntityTypeBuilder<ScheduledJob> builder)
    {
        builder.ToTable("ScheduledJobs");
        builder.HasKey(j => j.Name);
        builder.Property(j => j.Name).HasMaxLength(64);
        builder.Property(j => j.LastRunBy).HasMaxLength(128);
    }
}
