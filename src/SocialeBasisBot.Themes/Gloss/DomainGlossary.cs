namespace SocialeBasisBot.Themes.Gloss;

/// <summary>
/// Words of this domain that FreeDict lacks or glosses with a sense that misleads here ("gemeente" is a
/// municipality, not a parish). Written for this project; keys are accent-folded Dutch words.
/// </summary>
public static class DomainGlossary
{
    public static readonly IReadOnlyDictionary<string, string> Entries = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["vrijwilliger"] = "volunteer", ["vrijwilligers"] = "volunteers", ["vrijwilligerswerk"] = "volunteering",
        ["vrijwillige"] = "voluntary", ["vrijwilligersorganisatie"] = "volunteer organisation",
        ["vrijwilligersorganisaties"] = "volunteer organisations", ["vrijwilligerscentrale"] = "volunteer centre",
        ["vrijwilligerscoordinator"] = "volunteer coordinator", ["vrijwilligersvergoeding"] = "volunteer allowance",
        ["vrijwilligersbeleid"] = "volunteer policy", ["inzet"] = "commitment", ["gemeente"] = "municipality",
        ["gemeenten"] = "municipalities", ["wethouder"] = "alderman", ["gemeenteraad"] = "city council",
        ["beleidsmedewerker"] = "policy officer", ["beleidsadviseur"] = "policy adviser", ["subsidie"] = "subsidy",
        ["subsidies"] = "subsidies", ["subsidieaanvraag"] = "grant application", ["fonds"] = "fund",
        ["fondsen"] = "funds", ["mantelzorg"] = "informal care", ["mantelzorger"] = "carer", ["mantelzorgers"] = "carers",
        ["dagbesteding"] = "day care", ["buurthuis"] = "community centre", ["wijkteam"] = "neighbourhood team",
        ["wijkteams"] = "neighbourhood teams", ["welzijn"] = "welfare", ["welzijnswerk"] = "social work",
        ["opbouwwerker"] = "community worker", ["opbouwwerkers"] = "community workers", ["beroepskrachten"] = "professionals",
        ["beroepskracht"] = "professional", ["bouwstenen"] = "building blocks", ["bouwsteen"] = "building block",
        ["vog"] = "certificate of conduct", ["wmo"] = "social support act", ["bijstand"] = "welfare benefits",
        ["uitkering"] = "benefit", ["statushouders"] = "refugees", ["statushouder"] = "refugee",
        ["ouderen"] = "elderly", ["eenzaamheid"] = "loneliness", ["wachtlijst"] = "waiting list",
        ["wachtlijsten"] = "waiting lists", ["tekort"] = "shortage", ["draagvlak"] = "support",
        ["intervisie"] = "peer review", ["werving"] = "recruitment", ["behoud"] = "retention",
        ["zorgtaken"] = "care tasks", ["overbelast"] = "overloaded", ["overbelasting"] = "overload",
        ["afschalen"] = "cut back", ["afgeschaald"] = "cut back", ["bezuinigingen"] = "budget cuts",
        ["bezuiniging"] = "budget cut", ["voedselbank"] = "food bank", ["sociale"] = "social", ["basis"] = "basis",
        ["verantwoording"] = "accountability", ["regels"] = "rules", ["formulieren"] = "forms",
        ["vergoeding"] = "allowance", ["begeleiding"] = "guidance", ["scholing"] = "training", ["training"] = "training",
        ["uitwisseling"] = "exchange", ["netwerk"] = "network", ["samenwerking"] = "cooperation",
        ["zichtbaar"] = "visible", ["zichtbaarheid"] = "visibility", ["verhalen"] = "stories",
        ["waardering"] = "appreciation", ["tijd"] = "time", ["geld"] = "money", ["budget"] = "budget",
        ["capaciteit"] = "capacity", ["uren"] = "hours", ["handen"] = "hands", ["klanten"] = "clients",
        ["cliënten"] = "clients", ["clienten"] = "clients", ["hulpvragen"] = "requests for help", ["hulpvraag"] = "request for help",
    };
}
