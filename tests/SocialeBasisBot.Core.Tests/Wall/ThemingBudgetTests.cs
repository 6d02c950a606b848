using SocialeBasisBot.Wall;

namespace SocialeBasisBot.Core.Tests.Wall;

/// <summary>The wall's share of a core: the wait after a theming is what keeps its processor time within the share.</summary>
public sealed class ThemingBudgetTests
{
    private static readonly DateTimeOffset Finished = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void At_a_tenth_of_a_core_a_theming_of_200_ms_waits_1800_ms()
    {
        var budget = new ThemingBudget(0.1);
        Assert.True(budget.Allows(Finished));

        var wait = budget.Spent(TimeSpan.FromMilliseconds(200), Finished);

        Assert.Equal(TimeSpan.FromMilliseconds(1800), wait);
        Assert.False(budget.Allows(Finished + TimeSpan.FromMilliseconds(1799)));
        Assert.True(budget.Allows(Finished + TimeSpan.FromMilliseconds(1800)));
        // From start to the next start: 200 ms of work in 2 000 ms, a tenth.
        Assert.Equal(Finished + TimeSpan.FromMilliseconds(1800), budget.NextAt);
    }

    [Fact]
    public void A_whole_core_never_waits_and_a_later_cheaper_theming_shortens_the_wait()
    {
        var whole = new ThemingBudget(1);
        Assert.Equal(TimeSpan.Zero, whole.Spent(TimeSpan.FromSeconds(3), Finished));
        Assert.True(whole.Allows(Finished));

        var budget = new ThemingBudget(0.5);
        budget.Spent(TimeSpan.FromSeconds(4), Finished);
        Assert.False(budget.Allows(Finished + TimeSpan.FromSeconds(3)));
        budget.Spent(TimeSpan.FromSeconds(1), Finished + TimeSpan.FromSeconds(5));
        Assert.True(budget.Allows(Finished + TimeSpan.FromSeconds(6)));
    }
}
