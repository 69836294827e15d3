using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Notifications.Tests.Support;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Notifications.Tests.Support.NotificationsTestExtensions;

namespace PrepaidPlatform.Notifications.Tests;

/// <summary>A module may publish <see cref="UserNotificationRequested"/> with its change instead of calling the sender.</summary>
public sealed class NotificationEventTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    private async Task PublishAsync(DemoUser user, string reason, bool commit)
    {
        await factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(user.TenantId);
            var db = sp.GetRequiredService<PlatformDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            sp.GetRequiredService<IIntegrationEventPublisher>().Publish(new UserNotificationRequested(user.Id, NotificationTemplateKeys.FilingRejected,
                Params(("operatorName", "演示企业2"), ("reason", reason)), "/Operator"));
            await db.SaveChangesAsync();
            if (commit)
            {
                await transaction.CommitAsync();
            }
        });
        // SaveChanges inside a caller's transaction does not wake the dispatcher (it cannot know about the commit); the poll would find it later.
        factory.Services.GetRequiredService<IOutboxSignal>().Notify();
    }

    [Fact]
    public async Task A_published_request_reaches_the_users_inbox_once_and_a_rolled_back_one_never_does()
    {
        var user = await factory.UserAsync(Operator);
        await PublishAsync(user, "回滚的请求", commit: false);
        await PublishAsync(user, "提交的请求", commit: true);

        var messages = await Poller.UntilAsync(() => factory.RowsAsync<InboxMessage>(), rows => rows.Any(m => m.Body.Contains("提交的请求", StringComparison.Ordinal)), "the message from the event");
        messages.Count(m => m.Body.Contains("提交的请求", StringComparison.Ordinal)).ShouldBe(1);
        messages.ShouldNotContain(m => m.Body.Contains("回滚的请求", StringComparison.Ordinal));
        var message = messages.Single(m => m.Body.Contains("提交的请求", StringComparison.Ordinal));
        message.RecipientUserId.ShouldBe(user.Id);
        message.TenantId.ShouldBe(user.TenantId);
    }
}
