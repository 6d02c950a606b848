using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Storage;

/// <summary>
/// The bot's tables. Abstract because each provider has its own migrations, tied to a subclass
/// (<see cref="SqliteSocialeBasisDbContext"/>, <see cref="PostgresSocialeBasisDbContext"/>); the model is this one.
/// </summary>
public abstract class SocialeBasisDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<PostedCard> PostedCards => Set<PostedCard>();
    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<Privacy.ScheduledJob> ScheduledJobs => Set<Privacy.ScheduledJob>();
    public DbSet<Meetings.MeetingState> MeetingStates => Set<Meetings.MeetingState>();
    public DbSet<Meetings.MeetingNotice> MeetingNotices => Set<Meetings.MeetingNotice>();
    public DbSet<Corrections.ThemeCorrection> ThemeCorrections => Set<Corrections.ThemeCorrection>();
    public DbSet<Corrections.PostedSummary> PostedSummaries => Set<Corrections.PostedSummary>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset values; store them as sortable numbers there.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
        else if (Database.IsNpgsql())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new Privacy.ScheduledJobModel());
        modelBuilder.ApplyConfiguration(new Meetings.MeetingStateModel());
        modelBuilder.ApplyConfiguration(new Meetings.MeetingNoticeModel());
        Corrections.CorrectionsModel.Configure(modelBuilder);
        modelBuilder.Entity<Session>(e =>
        {
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasMaxLength(64);
            e.Property(s => s.ConversationId).HasMaxLength(512);
            e.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(s => new { s.ConversationId, s.State });
            e.Property(s => s.Version).IsConcurrencyToken();
            // The organisers' page lists a tenant's sessions, newest first.
            e.Property(s => s.TenantId).HasMaxLength(64);
            e.Property(s => s.ChatName).HasMaxLength(256);
            e.Property(s => s.ChatKind).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(s => new { s.TenantId, s.StartedAt });
            // One running session per chat, also when two instances take `start` at the same moment.
            e.HasIndex(s => s.ConversationId).IsUnique().HasFilter("\"State\" = 'Running'").HasDatabaseName("IX_Sessions_OneRunning");
        });
        modelBuilder.Entity<Answer>(e =>
        {
            e.HasKey(a => a.Id);
            e.Property(a => a.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.QuotedMessageId).HasMaxLength(256);
            e.Ignore(a => a.IsRetracted);
            // The same Teams message delivered twice must count once.
            e.HasIndex(a => new { a.SessionId, a.SourceMessageId }).IsUnique();
            e.HasIndex(a => new { a.SessionId, a.ItemId });
        });
        modelBuilder.Entity<PostedCard>(e =>
        {
            e.HasKey(p => new { p.SessionId, p.ItemId });
            e.HasIndex(p => p.ActivityId);
        });
        modelBuilder.Entity<ProcessedMessage>(e => e.HasKey(p => new { p.ConversationId, p.MessageId }));
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("Outbox");
            e.HasKey(o => o.Id);
            e.Property(o => o.ConversationId).HasMaxLength(512);
            e.Property(o => o.SessionId).HasMaxLength(64);
            e.Property(o => o.ItemId).HasMaxLength(128);
            e.Property(o => o.Language).HasMaxLength(16);
            e.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(o => o.State).HasConversion<string>().HasMaxLength(16);
            e.Property(o => o.ClaimedBy).HasMaxLength(128);
            e.Property(o => o.ActivityId).HasMaxLength(256);
            e.Property(o => o.PendingKey).HasMaxLength(256);
            // What the worker looks for: pending messages per conversation, oldest first.
            e.HasIndex(o => new { o.State, o.ConversationId, o.Id });
            // One pending count refresh per card, also when two instances queue it at the same moment.
            e.HasIndex(o => o.PendingKey).IsUnique();
            // The per-conversation rate looks at what went out to a chat in the last hour.
            e.HasIndex(o => new { o.ConversationId, o.SentAt });
        });
    }
}
