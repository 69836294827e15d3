using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PrepaidPlatform.Platform.Data;

/// <summary>
/// Stores UTC, restores the UTC kind on read, and keeps microseconds only: MySQL's DATETIME(6) drops the last tick
/// digit, so truncating on write makes both providers store (and compare) the same value.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => ToStored(v),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc))
{
    internal static DateTime ToStored(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime();
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }
}

internal sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
    v => v == null ? v : UtcDateTimeConverter.ToStored(v.Value),
    v => v == null ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
