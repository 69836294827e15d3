using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Platform.Application;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;

namespace PrepaidPlatform.Platform.Settings;

/// <summary>
/// Writes settings for the settings pages (ABP's <c>SettingManager</c>): the city's value of any setting, and a district's
/// own value of a setting that lets districts override. The district is always the signed-in user's
/// (<see cref="ICurrentTenant"/>), never one named by the request, so a district cannot touch another's values.
/// </summary>
internal sealed class SettingManager(SettingDefinitionManager definitions, SettingProvider provider, PlatformDbContext db, ICurrentTenant currentTenant)
{
    private const string NoDistrict = "当前账号不属于任何区，不能修改本区设置。";

    public Task<IReadOnlyList<ResolvedSetting>> ListForCityAsync(CancellationToken cancellationToken = default) =>
        provider.ResolveAsync(definitions.All, null, cancellationToken);

    /// <summary>The settings a district may override, as they stand for the current district.</summary>
    public async Task<IReadOnlyList<ResolvedSetting>> ListForDistrictAsync(CancellationToken cancellationToken = default) =>
        currentTenant.Id is { } district
            ? await provider.ResolveAsync([.. definitions.All.Where(d => d.DistrictMayOverride)], district, cancellationToken)
            : [];

    public Task<EditResult> SetForCityAsync(string name, string? input, CancellationToken cancellationToken = default) =>
        Find(name) is { } definition ? SetAsync(definition, SettingValue.CityProvider, SettingValue.CityKey, input, cancellationToken) : Unknown(name);

    public Task<EditResult> ResetForCityAsync(string name, CancellationToken cancellationToken = default) =>
        Find(name) is not null ? RemoveAsync(name, SettingValue.CityProvider, SettingValue.CityKey, cancellationToken) : Unknown(name);

    public Task<EditResult> SetForDistrictAsync(string name, string? input, CancellationToken cancellationToken = default) =>
        ForDistrict(name, (definition, key) => SetAsync(definition, SettingValue.DistrictProvider, key, input, cancellationToken));

    public Task<EditResult> ResetForDistrictAsync(string name, CancellationToken cancellationToken = default) =>
        ForDistrict(name, (definition, key) => RemoveAsync(definition.Name, SettingValue.DistrictProvider, key, cancellationToken));

    private SettingDefinition? Find(string name) => definitions.All.FirstOrDefault(d => d.Name == name);

    private static Task<EditResult> Unknown(string name) => Task.FromResult(EditResult.Refused($"没有名为 {name} 的设置项。"));

    private Task<EditResult> ForDistrict(string name, Func<SettingDefinition, string, Task<EditResult>> action)
    {
        if (currentTenant.Id is not { } district)
        {
            return Task.FromResult(EditResult.Refused(NoDistrict));
        }

        var definition = Find(name);
        if (definition is null)
        {
            return Unknown(name);
        }

        return definition.DistrictMayOverride
            ? action(definition, district.ToString())
            : Task.FromResult(EditResult.Refused($"“{definition.DisplayName}”由市商务委统一设置，各区不能修改。"));
    }

    private async Task<EditResult> SetAsync(SettingDefinition definition, string providerName, string key, string? input, CancellationToken cancellationToken)
    {
        var (value, error) = SettingValueValidator.Normalize(definition, input);
        if (error is not null)
        {
            return EditResult.Refused(error);
        }

        var row = await FindRowAsync(definition.Name, providerName, key, cancellationToken);
        if (row is null)
        {
            db.Set<SettingValue>().Add(new SettingValue(Guid.NewGuid(), definition.Name, providerName, key, value!));
        }
        else
        {
            row.Value = value!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return EditResult.Saved;
    }

    private async Task<EditResult> RemoveAsync(string name, string providerName, string key, CancellationToken cancellationToken)
    {
        if (await FindRowAsync(name, providerName, key, cancellationToken) is { } row)
        {
            db.Set<SettingValue>().Remove(row);
            await db.SaveChangesAsync(cancellationToken);
        }

        return EditResult.Saved;
    }

    private Task<SettingValue?> FindRowAsync(string name, string providerName, string key, CancellationToken cancellationToken) =>
        db.Set<SettingValue>().FirstOrDefaultAsync(v => v.Name == name && v.ProviderName == providerName && v.ProviderKey == key, cancellationToken);
}
