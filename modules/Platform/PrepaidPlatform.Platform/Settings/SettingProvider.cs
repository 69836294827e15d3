using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Platform.Settings;

/// <summary>Resolution order (ABP's value providers): definition default → configuration <c>Settings:Name</c> → city value → district value.</summary>
internal sealed class SettingProvider(SettingDefinitionManager definitions, IConfiguration configuration, PlatformDbContext db, ICurrentTenant currentTenant) : ISettingProvider
{
    public async Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = definitions.Get(name);
        var value = configuration[$"Settings:{name}"] ?? definition.DefaultValue;

        var tenantKey = definition.DistrictMayOverride ? currentTenant.Id?.ToString() : null;
        var stored = await db.Set<SettingValue>().AsNoTracking()
            .Where(v => v.Name == name && (v.ProviderName == SettingValue.CityProvider || (tenantKey != null && v.ProviderName == SettingValue.DistrictProvider && v.ProviderKey == tenantKey)))
            .Select(v => new { v.ProviderName, v.Value })
            .ToListAsync(cancellationToken);
        value = stored.FirstOrDefault(v => v.ProviderName == SettingValue.CityProvider)?.Value ?? value;
        value = stored.FirstOrDefault(v => v.ProviderName == SettingValue.DistrictProvider)?.Value ?? value;
        return value;
    }

    public async Task<decimal> GetDecimalAsync(string name, CancellationToken cancellationToken = default) =>
        decimal.Parse(await GetOrNullAsync(name, cancellationToken) ?? "0", CultureInfo.InvariantCulture);

    public async Task<int> GetIntAsync(string name, CancellationToken cancellationToken = default) =>
        int.Parse(await GetOrNullAsync(name, cancellationToken) ?? "0", CultureInfo.InvariantCulture);

    public async Task<bool> GetBoolAsync(string name, CancellationToken cancellationToken = default) =>
        bool.TryParse(await GetOrNullAsync(name, cancellationToken), out var value) && value;
}
