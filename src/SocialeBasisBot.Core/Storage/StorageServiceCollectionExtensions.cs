using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SocialeBasisBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string ConnectionStringName = "SocialeBasisBot";

    /// <summary>
    /// SQLite by default (a file next to the app, no set-up); PostgreSQL when Storage:Provider is "Postgres".
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddDbContextFactory<SocialeBasisDbContext, SocialeBasisDbContextFactory>((sp, options) =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var connectionString = configuration.GetConnectionString(ConnectionStringName);
            if (storage.IsPostgres)
            {
                options.UseNpgsql(PostgresConnectionDefaults.Apply(connectionString
                    ?? throw new InvalidOperationException(
                        $"Storage:Provider is Postgres but ConnectionStrings:{ConnectionStringName} is empty.")));
            }
            else
            {
                options.UseSqlite(string.IsNullOrWhiteSpace(connectionString)
                    ? $"Data Source={Path.Combine(AppContext.BaseDirectory, "socialebasisbot.db")}"
                    : connectionString);
            }
        });

        services.AddSingleton<OpenQuestionCache>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<TurnStore>();
        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
