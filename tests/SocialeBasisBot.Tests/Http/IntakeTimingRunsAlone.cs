namespace SocialeBasisBot.Tests.Http;

/// <summary>
/// The intake timing tests run with no other test class of this assembly beside them: they time the bot's answers, not
/// the processor time another class's theme engine takes from the same process.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class IntakeTimingRunsAlone
{
    public const string Name = "Intake timing";
}
