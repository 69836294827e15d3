using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>Reads and writes settings in the host as the city or as one district (by its GB/T 2260 code).</summary>
internal static class SettingsTestExtensions
{
    public const string Haidian = "110108";
    public const string Chaoyang = "110105";

    public static Guid District(string code) => TenantSeeder.IdFor(code);

    public static Task<T> AsAsync<T>(this PlatformFactory factory, string? districtCode, Func<IServiceProvider, Task<T>> work) =>
        factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(districtCode is null ? null : District(districtCode));
            return await work(sp);
        });

    public static Task<string?> SettingAsync(this PlatformFactory factory, string name, string? districtCode = null) =>
        factory.AsAsync(districtCode, sp => sp.GetRequiredService<ISettingProvider>().GetOrNullAsync(name));

    public static Task<ResolvedSetting> ResolvedAsync(this PlatformFactory factory, string name, string? districtCode = null) =>
        factory.AsAsync(districtCode, async sp =>
        {
            var definition = sp.GetRequiredService<SettingDefinitionManager>().Get(name);
            return (await sp.GetRequiredService<SettingProvider>().ResolveAsync([definition], districtCode is null ? null : District(districtCode), CancellationToken.None))[0];
        });
}
