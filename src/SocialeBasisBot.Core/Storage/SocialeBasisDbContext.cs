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
        modelBuilder.Entity<Session>(e =>
        {
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasMaxLength(64);
            e.Property(s => s.ConversationId).HasMaxLength(512);
            e.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(s => new { s.ConversationId, s.State });
        });
        modelBuilder.Entity<Answer>(e =>
        {
            e.HasKey(a => a.Id);
            e.Property(a => a.Source).HasConversion<string>().HasMaxLength(16);
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
    }
}
