namespace SocialeBasisBot.Themes.Tests.Support;

[CollectionDefinition(Name)]
public sealed class EngineTests : ICollectionFixture<EngineFixture>
{
    public const string Name = "engine";
}
