using Microsoft.EntityFrameworkCore;

namespace SocialeBasisBot.Corrections;

/// <summary>The tables of theme corrections and posted summary cards (migrations ThemeCorrections, CorrectionAnchors).</summary>
public static class CorrectionsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ThemeCorrection>(e =>
        {
            e.HasKey(c => c.Id);
            e.Property(c => c.SessionId).HasMaxLength(64);
            e.Property(c => c.ItemId).HasMaxLength(128);
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.ThemeId).HasMaxLength(128);
            e.Property(c => c.TargetThemeId).HasMaxLength(128);
            e.Property(c => c.Label).HasMaxLength(200);
            e.Property(c => c.ById).HasMaxLength(256);
            e.Property(c => c.ByTeamsId).HasMaxLength(256);
            // Read per question, applied in order.
            e.HasIndex(c => new { c.SessionId, c.ItemId, c.Id });
        });
        modelBuilder.Entity<PostedSummary>(e =>
        {
            e.HasKey(p => new { p.SessionId, p.ItemId });
            e.Property(p => p.SessionId).HasMaxLength(64);
            e.Property(p => p.ItemId).HasMaxLength(128);
            e.Property(p => p.ActivityId).HasMaxLength(256);
        });
    }
}
