using Microsoft.AspNetCore.Authorization;
using PrepaidPlatform.Platform.Application;
using PrepaidPlatform.Platform.Areas.Platform.Pages.Shared;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Settings;

namespace PrepaidPlatform.Platform.Areas.Platform.Pages.DistrictSettings;

/// <summary>本区设置: a district's own values of the settings the city lets districts override, for the signed-in user's district only.</summary>
[Authorize(Policy = PlatformPermissions.DistrictSettingsManage)]
internal sealed class IndexModel(SettingManager settings, ICurrentTenant currentTenant, ITenantDirectory tenants) : SettingsPageModel
{
    public override SettingSource OwnSource => SettingSource.District;

    public string DistrictName { get; private set; } = string.Empty;

    protected override async Task<IReadOnlyList<ResolvedSetting>> ListAsync(CancellationToken cancellationToken)
    {
        DistrictName = currentTenant.Id is { } id ? (await tenants.FindAsync(id, cancellationToken))?.Name ?? string.Empty : string.Empty;
        return await settings.ListForDistrictAsync(cancellationToken);
    }

    protected override Task<EditResult> SetAsync(string name, string? value, CancellationToken cancellationToken) => settings.SetForDistrictAsync(name, value, cancellationToken);

    protected override Task<EditResult> ResetAsync(string name, CancellationToken cancellationToken) => settings.ResetForDistrictAsync(name, cancellationToken);
}
