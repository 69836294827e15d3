using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Notifications.Tests.Support;
using PrepaidPlatform.Platform.Data;
using static PrepaidPlatform.Notifications.Tests.Support.NotificationsTestExtensions;

namespace PrepaidPlatform.Notifications.Tests;

/// <summary>
/// The sender wakes the SMS dispatcher after its scope's save through the context's SavedChanges event. The context is
/// pooled and serves later requests: the handler must leave with the scope, saved or not.
/// </summary>
public sealed class PooledContextHandlerTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    [Fact]
    public async Task An_SMS_queued_in_a_scope_that_never_saved_leaves_no_handler_on_the_pooled_context()
    {
        DbContext? used = null;
        await factory.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<INotificationSender>().SendSmsAsync(
                new SmsNotification("18000000019", NotificationTemplateKeys.FilingCodeResumed, Params(("operatorName", "演示企业2"))));
            used = sp.GetRequiredService<PlatformDbContext>();
            SavedChangesHandlers(used).ShouldBe(1);
        });

        SavedChangesHandlers(used!).ShouldBe(0);
    }

    // The event's backing field: the compiler names it after the event.
    private static int SavedChangesHandlers(DbContext db) =>
        (typeof(DbContext).GetField(nameof(DbContext.SavedChanges), BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(db) as Delegate)
        ?.GetInvocationList().Length ?? 0;
}
