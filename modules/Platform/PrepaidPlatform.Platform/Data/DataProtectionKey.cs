namespace PrepaidPlatform.Platform.Data;

/// <summary>Data Protection keys live in the database so that every host instance reads the same cookies.</summary>
internal sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = string.Empty;
}
