namespace SocialeBasisBot.Themes.Engine;

/// <summary>
/// A small made-up question with answers, themed once in guided and once in emergent mode at start-up
/// (<see cref="OfflineThemeEngine.WarmUpAsync"/>), so that every stage's code is compiled and optimised before the
/// first real `sluit`. Written for this purpose (not taken from the dev set or any labelled data); chat noise and an
/// agreement reply are in it so the filter's paths run too.
/// </summary>
internal static class WarmUpSample
{
    private static readonly string[] Texts =
    [
        "Vrijwilligers haken af als ze te veel regels en formulieren moeten invullen",
        "Meer waardering voor vrijwilligers, bijvoorbeeld een jaarlijkse bedankavond",
        "Een vaste contactpersoon bij de gemeente voor vrijwilligersorganisaties",
        "Jongeren willen zich kort en flexibel inzetten, niet voor jaren vastzitten",
        "De buurthuizen sluiten om vijf uur, daardoor is er 's avonds geen ontmoeting",
        "Mensen persoonlijk vragen werkt veel beter dan een oproep in de krant",
        "Subsidies zijn per jaar, dus we kunnen niets voor de lange termijn opbouwen",
        "Ouderen in de wijk voelen zich eenzaam en weten niet waar ze heen kunnen",
        "Samenwerking tussen wijkteam en vrijwilligers loopt nog stroef",
        "Een vrijwilligersvergoeding helpt mensen met een kleine beurs mee te doen",
        "De VOG aanvragen kost tijd en geld, dat schrikt nieuwe vrijwilligers af",
        "Coördinatoren hebben te weinig uren om vrijwilligers goed te begeleiden",
        "Laagdrempelige inloop in de bibliotheek trekt veel nieuwe mensen",
        "Statushouders willen graag meedoen maar worden niet uitgenodigd",
        "Meer tijd en ruimte voor de vrijwilligers zelf om dingen te bedenken",
        "Informele zorg wordt als vanzelfsprekend gezien door professionals",
        "Sportverenigingen zoeken bestuursleden en vinden ze niet",
        "Scholen en buurtinitiatieven kennen elkaar nog te weinig",
        "Een goed overzicht van alle activiteiten in de wijk ontbreekt",
        "Mantelzorgers raken overbelast en vragen niet om hulp",
        "Geef bewoners zelf budget om iets voor de buurt te organiseren",
        "Training en scholing voor vrijwilligers, bijvoorbeeld over omgaan met agressie",
        "Het verloop onder vrijwilligers is hoog sinds corona",
        "Mensen met een beperking krijgen te weinig kans om vrijwilliger te worden",
        "De gemeente moet ruimtes gratis beschikbaar stellen voor initiatieven",
        "Verbinding tussen formele en informele zorg via een buurtcoach",
        "Vraag mensen wat ze leuk vinden in plaats van wat we nodig hebben",
        "Minder bureaucratie bij subsidieaanvragen voor kleine initiatieven",
        "Een buddy voor nieuwe vrijwilligers zodat ze zich welkom voelen",
        "Ontmoetingsplekken waar jong en oud samen koffie drinken",
        "meer geld en minder regels",
        "Waardering en een vergoeding, en ook een goede inwerkperiode",
        "We missen jongeren in de besturen van verenigingen",
        "Huisartsen verwijzen nog te weinig door naar welzijn op recept",
        "Vrijwillige inzet zichtbaar maken met verhalen in de wijkkrant",
        "goedemorgen allemaal!",
        "Ik heb geen geluid, hoort iemand anders jullie wel?",
        "Worden de slides na afloop gedeeld?",
        "eens met Fatima",
        "+1",
    ];

    private static readonly BuildingBlockText[] Blocks =
    [
        new("warmup-steun", "Steun en ruimte voor vrijwillige inzet",
            "Vrijwilligers en initiatieven krijgen steun, waardering, ruimte en middelen om zich in te zetten."),
        new("warmup-vragen", "Mensen vragen en uitnodigen",
            "Mensen worden persoonlijk gevraagd en uitgenodigd om mee te doen, ook wie niet vanzelf komt."),
    ];

    private static readonly ExpectedTheme[] Expected =
    [
        new() { Id = "warmup-regels", Label = "Regeldruk", Description = "Regels, formulieren en bureaucratie", Examples = ["te veel regels", "de VOG kost tijd"], BuildingBlocks = ["warmup-steun"] },
        new() { Id = "warmup-waardering", Label = "Waardering", Description = "Vrijwilligers bedanken en belonen", Examples = ["een bedankavond", "een vergoeding"], BuildingBlocks = ["warmup-steun"] },
        new() { Id = "warmup-vragen", Label = "Persoonlijk vragen", Description = "Mensen zelf aanspreken en uitnodigen", Examples = ["persoonlijk vragen", "uitnodigen"], BuildingBlocks = ["warmup-vragen"] },
    ];

    /// <summary>The question in guided mode (expected themes) or emergent mode (none).</summary>
    public static ThemeRequest Request(bool guided) => new()
    {
        Answers = Texts.Select((text, i) => new ThemeAnswer($"warmup-{i}", text) { Author = $"Deelnemer {i % 7}" }).ToList(),
        BuildingBlocks = Blocks,
        ExpectedThemes = guided ? Expected : [],
        QuestionText = "Wat hebben vrijwilligers en initiatieven nodig om mee te blijven doen?",
    };
}
