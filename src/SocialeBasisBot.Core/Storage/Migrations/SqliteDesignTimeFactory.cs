using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SocialeBasisBot.Storage.Migrations;

/// <summary>For `dotnet ef migrations add --context SqliteSocialeBasisDbContext`: the tool needs no database.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSocialeBasisDbContext>
{
    public SqliteSocialeBasisDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SocialeBasisDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
