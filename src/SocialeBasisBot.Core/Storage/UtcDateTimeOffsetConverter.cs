using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SocialeBasisBot.Storage;

/// <summary>
/// PostgreSQL's timestamptz stores an instant, and Npgsql refuses a DateTimeOffset whose offset is not zero rather
/// than guess. The instant is what the bot needs, so any offset is turned into UTC on the way in.
/// </summary>
public sealed class UtcDateTimeOffsetConverter()
    : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value);
