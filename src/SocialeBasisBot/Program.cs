using SocialeBasisBot.Hosting;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;
using SocialeBasisBot.Storage;
using SocialeBasisBot.Teams;

if (args is ["demo", ..]) return await SocialeBasisBot.Demo.DemoCommand.RunAsync(args[1..]);

// The content root is the app's own folder, so `dotnet run --project src/SocialeBasisBot` from anywhere finds
// appsettings.json, the programmes in dialogs/ and the default SQLite file next to the app.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

builder.Services
    .AddProgrammes()
    .AddStorage()
    .AddSessions()
    .AddTeamsBot();

var app = builder.Build();

app.MapHealth();
app.MapTeamsBot();

await app.RunAsync();
return 0;

public partial class Program;
