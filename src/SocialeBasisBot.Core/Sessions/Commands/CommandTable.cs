namespace SocialeBasisBot.Sessions.Commands;

/// <summary>
/// The registration list: every facilitator command, in the order help, the Teams menu and the README show them.
/// </summary>
public static class CommandTable
{
    public static IReadOnlyList<SessionCommand> All { get; } =
    [
        new StartCommand(),
        new NextCommand(),
        new CloseCommand(),
        new TimerCommand(),
        new ExtendCommand(),
        new SummaryCommand(),
        new StatusCommand(),
        new ExportCommand(),
        new WallCommand(),
        new StopCommand(),
        new HelpCommand(),
        new MyDataCommand(),
        new DeleteCommand(),
    ];

    public static T Get<T>() where T : SessionCommand => All.OfType<T>().Single();
}
