using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Notifications.Tests.Support;

internal static class NotificationsTestExtensions
{
    public const string Operator = "91110107MA01AB2C3C";

    public static Task<Guid> DistrictAsync(this PlatformFactory factory, string code) =>
        factory.InScopeAsync(async sp => (await sp.GetRequiredService<ITenantDirectory>().FindByCodeAsync(code))!.Id);

    /// <summary>Sends through the contract as a business module would, inside the district, and commits.</summary>
    public static Task NotifyAsync(this PlatformFactory factory, Guid? tenantId, Func<INotificationSender, Task> send) =>
        factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(tenantId);
            await send(sp.GetRequiredService<INotificationSender>());
            await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync();
        });

    /// <summary>Reads the module's rows across districts, as the system.</summary>
    public static Task<List<T>> RowsAsync<T>(this PlatformFactory factory) where T : class =>
        factory.InScopeAsync(async sp =>
        {
            using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            return await sp.GetRequiredService<PlatformDbContext>().Set<T>().AsNoTracking().ToListAsync();
        });

    public static async Task<SmsMessage?> SmsToAsync(this PlatformFactory factory, string phone) =>
        (await factory.RowsAsync<SmsMessage>()).OrderByDescending(m => m.CreatedAtUtc).FirstOrDefault(m => m.PhoneHash == factory.PhoneHash(phone));

    public static Dictionary<string, string> Params(params (string Key, string Value)[] values) => values.ToDictionary(v => v.Key, v => v.Value);
}
