using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Storage;

/// <summary>
/// Hands out the context subclass of the configured provider, so the migrations that run are that provider's.
/// Callers see only <see cref="SocialeBasisDbContext"/>.
/// </summary>
public sealed class SocialeBasisDbContextFactory(
    DbContextOptions<SocialeBasisDbContext> options,
    IOptions<StorageOptions> storage) : IDbContextFactory<SocialeBasisDbContext>
{
    public SocialeBasisDbContext CreateDbContext() => storage.Value.IsPostgres
        ? new PostgresSocialeBasisDbContext(options)
        : new SqliteSocialeBasisDbContext(options);
}
