namespace PrepaidPlatform.Platform.Security;

/// <summary>How personal and financial identifiers are shown in pages, logs and audit rows (SPEC P3).</summary>
public static class Masking
{
    /// <summary>Mainland mobile: <c>180****0001</c>.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return string.Empty;
        }

        return phone.Length < 8 ? new string('*', phone.Length) : string.Concat(phone.AsSpan(0, 3), "****", phone.AsSpan(phone.Length - 4));
    }

    /// <summary>ID numbers and bank accounts: first 4 + last 4, <c>4324**********4421</c>.</summary>
    public static string FirstFourLastFour(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.Length <= 8 ? new string('*', value.Length) : string.Concat(value.AsSpan(0, 4), new string('*', value.Length - 8), value.AsSpan(value.Length - 4));
    }

    public const string Secret = "******";
}
