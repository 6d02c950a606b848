using SocialeBasisBot.Cli;
using SocialeBasisBot.Hosting;
using SocialeBasisBot.Hosting.Telemetry;
using SocialeBasisBot.Organisers;
using SocialeBasisBot.Teams;
using SocialeBasisBot.Wall;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

// The content root is the app's own folder, so `dotnet run --project src/SocialeBasisBot` from anywhere finds
// appsettings.json, the programmes in dialogs/ and the default SQLite file next to the app.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

builder.Services.AddSocialeBasisBot(builder.Configuration);

var app = builder.Build();

app.UseProxyHeaders();
app.UseIntakeTiming();
app.MapHealth();
app.MapTeamsBot();
app.MapExports();
app.MapPrivacy();
app.MapWall();
app.MapOrganisers();

await app.RunAsync();
return 0;

public partial class Program;
