using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Notifications.Application;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Notifications.Tests.Support.NotificationsTestExtensions;

namespace PrepaidPlatform.Notifications.Tests;

/// <summary>
/// A unit of work that sends many messages of one event (a bank's batch turning operators short) reads the template
/// once, not once per message and twice per SMS; a template saved in that unit of work is read again.
/// </summary>
public sealed class TemplateReadTests(CommandCountingFactory factory) : IClassFixture<CommandCountingFactory>
{
    private static readonly Dictionary<string, string> Resumed = Params(("operatorName", "演示企业2"));

    [Fact]
    public async Task Many_messages_of_one_event_read_its_template_once_and_a_save_in_between_is_seen()
    {
        var reviewer = await factory.UserAsync("reviewer110108");
        var (before, after, bodies) = await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var sender = sp.GetRequiredService<INotificationSender>();
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(reviewer.TenantId);
            using var watch = factory.Commands.Watch(db, out var commands);
            for (var i = 0; i < 3; i++)
            {
                await sender.NotifyUserAsync(new UserNotification(reviewer.Id, NotificationTemplateKeys.FilingCodeResumed, Resumed, "/Work", reviewer.TenantId));
                await sender.SendSmsAsync(new SmsNotification("13900000001", NotificationTemplateKeys.FilingCodeResumed, Resumed, reviewer.TenantId));
            }

            var reads = commands.Count(c => c.Contains("Notify_Templates", StringComparison.Ordinal));
            var templates = sp.GetRequiredService<TemplateService>();
            (await templates.SaveAsync(NotificationTemplateKeys.FilingCodeResumed, "备案码已恢复", "{operatorName}的备案码已恢复（新措辞）。", CancellationToken.None)).ShouldBeEmpty();
            var rendered = await templates.RenderAsync(NotificationTemplateKeys.FilingCodeResumed, Resumed, CancellationToken.None);
            await db.SaveChangesAsync();
            return (reads, commands.Count(c => c.Contains("Notify_Templates", StringComparison.Ordinal)), rendered.Body);
        });

        before.ShouldBe(1, "three messages and three SMS of one event");
        after.ShouldBe(4, "the save reads the template and writes it, and the next message reads it again");
        bodies.ShouldBe("演示企业2的备案码已恢复（新措辞）。");
    }
}
