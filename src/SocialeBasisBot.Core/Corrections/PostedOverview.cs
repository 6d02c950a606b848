namespace SocialeBasisBot.Corrections;

/// <summary>
/// The messages that carry the latest posted overview of a session (one card per building block, more when a block is
/// split), kept as <see cref="PostedSummary"/> rows under an item id no programme item has ("#overzicht/0", …), so a
/// correction can update them without a table of their own.
/// </summary>
public static class PostedOverview
{
    /// <summary>Programme item ids are plain words (YAML ids); '#' never starts one.</summary>
    public const string Prefix = "#overzicht/";

    public static string PartId(int index) => Prefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool IsPart(string itemId) => itemId.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The part's place in the overview, from its item id.</summary>
    public static int Index(string itemId) =>
        int.Parse(itemId.AsSpan(Prefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
}
