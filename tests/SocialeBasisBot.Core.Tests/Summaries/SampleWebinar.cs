using SocialeBasisBot.Answers;
using SocialeBasisBot.Programme;
using SocialeBasisBot.Sessions;

namespace SocialeBasisBot.Core.Tests.Summaries;

/// <summary>A small programme and session shaped like the real "sociale basis" webinar.</summary>
internal static class SampleWebinar
{
    public const string SessionId = "sessie-1";
    public const string Inzet = "vrijwillige-inzet";
    public const string Uitnodigen = "vragen-uitnodigen";

    public static readonly DateTimeOffset Start = new(2026, 11, 28, 14, 0, 0, TimeSpan.Zero);

    public static WebinarProgramme SampleProgramme { get; } = new()
    {
        Id = "sociale-basis",
        Title = "De sociale basis in de wijk",
        BuildingBlocks =
        [
            new BuildingBlock
            {
                Id = Inzet,
                Title = "Steun en ruimte voor vrijwillige inzet",
                Theory = ["Vrijwilligers hebben ruimte nodig."],
                WorkingOn = ["Werken aan: waardering en ondersteuning."],
            },
            new BuildingBlock
            {
                Id = Uitnodigen,
                Title = "Mensen vragen & uitnodigen",
                Theory = ["Mensen doen mee als ze persoonlijk gevraagd worden."],
                WorkingOn = ["Werken aan: laagdrempelige uitnodigingen."],
            },
        ],
        Items =
        [
            new ProgrammeItem { Id = "welkom", Kind = ProgrammeItemKind.Information, Title = "Welkom" },
            new ProgrammeItem
            {
                Id = "v1",
                Kind = ProgrammeItemKind.OpenQuestion,
                Title = "Steun",
                Text = "Wat hebben vrijwilligers in jouw wijk nodig?",
                BuildingBlocks = [Inzet],
                ExpectedThemes =
                [
                    new ExpectedThemeDefinition
                    {
                        Id = "waardering",
                        Label = "Waardering",
                        Examples = ["een bedankje"],
                    },
                ],
            },
            new ProgrammeItem
            {
                Id = "checklist",
                Kind = ProgrammeItemKind.Poll,
                Title = "Kenmerken",
                Text = "Welke kenmerken heeft jouw initiatief?",
                BuildingBlocks = [Inzet],
                MultipleChoice = true,
                Options =
                [
                    new PollOption { Id = "A", Label = "Eigen ruimte" },
                    new PollOption { Id = "B", Label = "Vaste kern" },
                    new PollOption { Id = "C", Label = "Budget" },
                    new PollOption { Id = "D", Label = "Contact met de gemeente" },
                    new PollOption { Id = "E", Label = "Nieuwe aanwas" },
                    new PollOption { Id = "F", Label = "Zichtbaar in de buurt" },
                ],
            },
            new ProgrammeItem
            {
                Id = "v2",
                Kind = ProgrammeItemKind.OpenQuestion,
                Title = "Uitnodigen",
                Text = "Hoe nodig jij mensen uit om mee te doen?",
                BuildingBlocks = [Uitnodigen],
            },
            new ProgrammeItem
            {
                Id = "v3",
                Kind = ProgrammeItemKind.OpenQuestion,
                Title = "Afsluiting",
                Text = "Wat neem je mee?",
            },
        ],
    };

    public static Session Session(int currentItemIndex = 4) => new()
    {
        Id = SessionId,
        ConversationId = "19:abc@thread.tacv2",
        ProgrammeId = SampleProgramme.Id,
        StartedById = "host",
        StartedByName = "Host",
        StartedAt = Start,
        CurrentItemIndex = currentItemIndex,
    };

    private static long nextId;

    public static Answer NewAnswer(string itemId, string participant, string text, int minute, string? choices = null)
    {
        var id = Interlocked.Increment(ref nextId);
        return new Answer
        {
            Id = id,
            SessionId = SessionId,
            ItemId = itemId,
            ParticipantId = "aad-" + participant,
            ParticipantName = participant,
            Text = text,
            Choices = choices,
            SourceMessageId = "msg-" + id,
            ReceivedAt = Start.AddMinutes(minute),
        };
    }

    public static KeywordThemeEngine Engine() => new(
        ("bedank", "Waardering", []),
        ("ruimte", "Een plek om samen te komen", [Uitnodigen, Inzet]),
        ("persoonlijk", "Persoonlijk vragen", []),
        ("koffie", "Koffie als excuus", []));

    /// <summary>Answers with accents, semicolons, quotes, newlines and one retracted answer.</summary>
    public static List<Answer> SampleAnswers()
    {
        var list = new List<Answer>
        {
            NewAnswer("v1", "Anneke", "Een bedankje van de gemeente; dat zou fijn zijn", 1),
            NewAnswer("v1", "Bram", "Ruimte om te experimenteren, \"zonder\" formulieren", 2),
            NewAnswer("v1", "Chloë", "Hallo allemaal!", 2),
            NewAnswer("v1", "Anneke", "En een jaarlijks bedankfeest met\nhapjes", 3),
            NewAnswer("v1", "Dirk", "Café-uren vergoed", 4),
            NewAnswer("v1", "Eva", "=HYPERLINK(\"http://evil\")", 4),
            NewAnswer("checklist", "Anneke", "A, C, F", 5, "A,C,F"),
            NewAnswer("checklist", "Bram", "B", 5, "B"),
            NewAnswer("checklist", "Chloë", "A en C", 6),
            NewAnswer("checklist", "Dirk", "weet ik niet", 6),
            NewAnswer("v2", "Bram", "Persoonlijk vragen bij de school", 7),
            NewAnswer("v2", "Eva", "Met koffie op het plein", 8),
            NewAnswer("v3", "Anneke", "Veel energie", 9),
        };
        var retracted = NewAnswer("v1", "Frits", "bedankt, maar dit trek ik in", 3);
        retracted.RetractedAt = Start.AddMinutes(5);
        list.Add(retracted);
        return list;
    }
}
