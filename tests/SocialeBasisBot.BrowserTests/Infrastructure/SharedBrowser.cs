namespace SocialeBasisBot.BrowserTests.Infrastructure;

/// <summary>All browser tests share one Chromium and run one after the other (the machine has two cores).</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<Browser>
{
    public const string Name = "Browser";
}
