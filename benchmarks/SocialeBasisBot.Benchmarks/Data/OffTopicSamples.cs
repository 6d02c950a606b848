namespace SocialeBasisBot.Benchmarks.Data;

/// <summary>
/// Chat lines that are not answers, written for this benchmark (greetings, sound, slides, questions to the host),
/// mixed into the dev answers to measure off-topic precision and recall. The dev set itself has no such lines.
/// </summary>
public static class OffTopicSamples
{
    public static readonly IReadOnlyList<string> Lines =
    [
        "Goedemorgen allemaal!", "Hallo vanuit Zwolle 👋", "Hoi hoi", "Bedankt voor de mooie presentatie!",
        "Dank jullie wel, heel interessant", "Goedemiddag, Anja van de vrijwilligerscentrale", "welkom iedereen",
        "Ik hoor niks, ligt dat aan mij?", "Het geluid valt steeds weg", "Jullie zijn slecht te verstaan",
        "Beeld bevriest bij mij", "Mijn verbinding is slecht, sorry", "Kunnen de slides gedeeld worden?",
        "Worden de sheets na afloop rondgestuurd?", "Komt er een opname zodat ik het kan terugkijken?",
        "Krijgen we de presentatie toegestuurd?", "Hoe laat is de pauze?", "Wat was de vraag ook alweer?",
        "Hoe lang duurt het webinar nog?", "Is er een certificaat voor deelname?", "Thanks, great session!",
        "Can you share the slides?", "Groeten uit Deventer", "top, dank je wel!",
    ];
}
