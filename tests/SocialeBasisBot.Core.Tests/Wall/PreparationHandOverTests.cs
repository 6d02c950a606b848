using Microsoft.Extensions.Logging.Abstractions;
using SocialeBasisBot.Answers;
using SocialeBasisBot.Core.Tests.Summaries;
using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Core.Tests.Wall;

/// <summary>
/// The wall hands an answer it cannot theme yet to AnswerPreparation once; when the preparation queue overflowed and
/// dropped texts, that answer may be among them, so it is handed over again rather than left out until `sluit`.
/// </summary>
public sealed class PreparationHandOverTests
{
    [Fact]
    public void A_text_is_handed_over_once_and_again_after_the_preparation_queue_dropped_texts()
    {
        // Not started: nothing reads the queue, so it fills up and drops its oldest texts as it does under a flood.
        var preparation = new AnswerPreparation(new DelegateThemeEngine(_ => throw new NotSupportedException()), NullLogger<AnswerPreparation>.Instance);
        var handOver = new PreparationHandOver(preparation);

        Assert.True(handOver.HandOver("Meer ontmoetingsplekken in de wijk"));
        Assert.False(handOver.HandOver("Meer ontmoetingsplekken in de wijk"));
        Assert.True(handOver.HandOver("Een vrijwilligersvergoeding"));

        // Other answers of the burst fill the queue: the wall's two texts are the oldest, so they are dropped first.
        for (var i = 0; i < AnswerPreparation.Capacity; i++)
            preparation.Enqueue($"Antwoord {i}");
        Assert.Equal(2, preparation.DroppedCount);

        Assert.True(handOver.HandOver("Meer ontmoetingsplekken in de wijk"));
        Assert.True(handOver.HandOver("Een vrijwilligersvergoeding"));
        Assert.False(handOver.HandOver("Een vrijwilligersvergoeding"));
    }
}
