using Microsoft.Extensions.Configuration;
using PrepaidPlatform.Platform.Caching;

namespace PrepaidPlatform.Portal.Application;

/// <summary>The portal's answers (<see cref="AnswerCache"/>), dropped by <see cref="PortalCacheInvalidation"/>.</summary>
internal sealed class PortalCache(IConfiguration configuration) : AnswerCache(configuration, Section)
{
    public const string Section = "Portal";
    public const string SecondsSetting = Section + ":CacheSeconds";
    public const string EntriesSetting = Section + ":CacheEntries";
}
