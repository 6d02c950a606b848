using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SocialeBasisBot.Storage.Migrations;

/// <summary>For `dotnet ef migrations add --context PostgresSocialeBasisDbContext`: the tool needs no database.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSocialeBasisDbContext>
{
    public PostgresSocialeBasisDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SocialeBasisDbContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
