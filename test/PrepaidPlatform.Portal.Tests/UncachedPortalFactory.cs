using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Portal.Tests;

/// <summary>The host with the portal's cache off: every request reads what the test just arranged.</summary>
public sealed class UncachedPortalFactory : PlatformFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Portal:CacheSeconds"] = "0" };
}
