using Microsoft.EntityFrameworkCore;

namespace SocialeBasisBot.Storage;

/// <summary>The model on SQLite; its migrations are in Migrations/Sqlite.</summary>
public sealed class SqliteSocialeBasisDbContext(DbContextOptions<SocialeBasisDbContext> options) : SocialeBasisDbContext(options);
