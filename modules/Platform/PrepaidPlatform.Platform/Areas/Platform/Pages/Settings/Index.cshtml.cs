using Microsoft.AspNetCore.Authorization;
using PrepaidPlatform.Platform.Application;
using PrepaidPlatform.Platform.Areas.Platform.Pages.Shared;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Settings;

namespace PrepaidPlatform.Platform.Areas.Platform.Pages.Settings;

/// <summary>系统设置: the city's value of every setting the modules define, rule profile included.</summary>
[Authorize(Policy = PlatformPermissions.SettingsManage)]
internal sealed class IndexModel(SettingManager settings) : SettingsPageModel
{
    public override SettingSource OwnSource => SettingSource.City;

    protected override Task<IReadOnlyList<ResolvedSetting>> ListAsync(CancellationToken cancellationToken) => settings.ListForCityAsync(cancellationToken);

    protected override Task<EditResult> SetAsync(string name, string? value, CancellationToken cancellationToken) => settings.SetForCityAsync(name, value, cancellationToken);

    protected override Task<EditResult> ResetAsync(string name, CancellationToken cancellationToken) => settings.ResetForCityAsync(name, cancellationToken);
}
