using SocialeBasisBot.BrowserTests.Infrastructure;
using SocialeBasisBot.Programme;

namespace SocialeBasisBot.BrowserTests.Cards;

/// <summary>The real webinar programme, dialogs/sociale-basis.yaml.</summary>
public static class Deck
{
    public static WebinarProgramme Programme { get; } = ProgrammeLoader.LoadFile(Path.Combine(RepositoryPaths.Dialogs, "sociale-basis.yaml"));

    /// <summary>Every item once; questions and polls a second time as closed.</summary>
    public static TheoryData<string, bool> ItemsOpenAndClosed()
    {
        var data = new TheoryData<string, bool>();
        foreach (var item in Programme.Items)
        {
            data.Add(item.Id, true);
            if (item.IsQuestion)
                data.Add(item.Id, false);
        }

        return data;
    }
}
