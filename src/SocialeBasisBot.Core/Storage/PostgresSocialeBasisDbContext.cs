using Microsoft.EntityFrameworkCore;

namespace SocialeBasisBot.Storage;

/// <summary>The model on PostgreSQL; its migrations are in Migrations/Postgres.</summary>
public sealed class PostgresSocialeBasisDbContext(DbContextOptions<SocialeBasisDbContext> options) : SocialeBasisDbContext(options);
