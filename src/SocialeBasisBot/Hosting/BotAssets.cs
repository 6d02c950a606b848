using Microsoft.Extensions.FileProviders;

namespace SocialeBasisBot.Hosting;

/// <summary>The stylesheets and scripts the bot's own pages load, served by the bot itself (no CDN: no network at run time).</summary>
public static class BotAssets
{
    /// <summary>Serves the files of <paramref name="folder"/> (next to the bot's binaries) under <paramref name="requestPath"/>.</summary>
    public static WebApplication UseBotAssets(this WebApplication app, string requestPath, string folder)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = requestPath,
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, folder)),
            OnPrepareResponse = c => c.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });
        return app;
    }
}
