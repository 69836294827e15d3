using System.Globalization;

namespace PrepaidPlatform.Filing.Areas.Filing.Pages.Contracts;

/// <summary>How the contract pages show a file's size.</summary>
internal static class ContractDisplay
{
    public static string Size(long bytes) =>
        bytes < 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB");
}
