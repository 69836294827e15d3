namespace PrepaidPlatform.Platform.Text;

/// <summary>Fitting free text into a column's length.</summary>
public static class TextLimits
{
    /// <summary>
    /// <paramref name="value"/> cut to at most <paramref name="length"/> UTF-16 units, never between the two halves of a
    /// surrogate pair: a 生僻字 outside the Basic Multilingual Plane (in a name, say) is kept whole or left out, not stored
    /// as half a character that the database refuses or shows as �.
    /// </summary>
    public static string Clip(string value, int length)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (value.Length <= length)
        {
            return value;
        }

        return value[..(length > 0 && char.IsHighSurrogate(value[length - 1]) ? length - 1 : length)];
    }
}
