using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Platform.Settings;

/// <summary>
/// Resolution order (ABP's value providers): definition default → configuration <c>Settings:Name</c> → city value →
/// district value, the last only where the definition lets districts override and only the current district's.
/// </summary>
internal sealed class SettingProvider(SettingDefinitionManager definitions, IConfiguration configuration, PlatformDbContext db, ICurrentTenant currentTenant) : ISettingProvider
{
    public async Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default) =>
        (await ResolveAsync([definitions.Get(name)], currentTenant.Id, cancellationToken))[0].Value;

    public async Task<decimal> GetDecimalAsync(string name, CancellationToken cancellationToken = default) =>
        ParseDecimal(name, await GetOrNullAsync(name, cancellationToken));

    public async Task<int> GetIntAsync(string name, CancellationToken cancellationToken = default) =>
        ParseInt(name, await GetOrNullAsync(name, cancellationToken));

    public async Task<long> GetLongAsync(string name, CancellationToken cancellationToken = default) =>
        ParseLong(name, await GetOrNullAsync(name, cancellationToken));

    public async Task<bool> GetBoolAsync(string name, CancellationToken cancellationToken = default) =>
        Parse(name, await GetOrNullAsync(name, cancellationToken), bool.Parse);

    internal static decimal ParseDecimal(string name, string? value) =>
        Parse(name, value, s => decimal.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture));

    internal static int ParseInt(string name, string? value) =>
        Parse(name, value, s => int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture));

    internal static long ParseLong(string name, string? value) =>
        Parse(name, value, s => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture));

    /// <summary>Resolves several settings with one query; <paramref name="districtId"/> null resolves for the city.</summary>
    internal async Task<IReadOnlyList<ResolvedSetting>> ResolveAsync(IReadOnlyCollection<SettingDefinition> wanted, Guid? districtId, CancellationToken cancellationToken)
    {
        var names = wanted.Select(d => d.Name).ToList();
        var districtKey = districtId?.ToString();
        var stored = await db.Set<SettingValue>().AsNoTracking()
            .Where(v => names.Contains(v.Name)
                && (v.ProviderName == SettingValue.CityProvider || (districtKey != null && v.ProviderName == SettingValue.DistrictProvider && v.ProviderKey == districtKey)))
            .Select(v => new { v.Name, v.ProviderName, v.Value })
            .ToListAsync(cancellationToken);

        return [.. wanted.Select(definition =>
        {
            var resolved = new ResolvedSetting(definition, definition.DefaultValue, SettingSource.Default);
            if (configuration[$"Settings:{definition.Name}"] is { } configured)
            {
                resolved = resolved with { Value = configured, Source = SettingSource.Configuration };
            }

            if (stored.FirstOrDefault(v => v.Name == definition.Name && v.ProviderName == SettingValue.CityProvider) is { } city)
            {
                resolved = resolved with { Value = city.Value, Source = SettingSource.City };
            }

            if (definition.DistrictMayOverride && stored.FirstOrDefault(v => v.Name == definition.Name && v.ProviderName == SettingValue.DistrictProvider) is { } district)
            {
                resolved = resolved with { Value = district.Value, Source = SettingSource.District };
            }

            return resolved;
        })];
    }

    /// <summary>A value that does not parse can only come from the configuration file (the pages check what they store): say which setting.</summary>
    internal static T Parse<T>(string name, string? value, Func<string, T> parse)
    {
        try
        {
            return parse(value?.Trim() ?? string.Empty);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"设置项 {name} 的值“{value}”格式不正确，请检查配置文件 Settings:{name}。", e);
        }
        catch (OverflowException e)
        {
            throw new InvalidOperationException($"设置项 {name} 的值“{value}”超出范围，请检查配置文件 Settings:{name}。", e);
        }
    }
}
