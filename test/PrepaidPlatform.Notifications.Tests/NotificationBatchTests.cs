using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Notifications.Domain;
using PrepaidPlatform.Notifications.Sms;
using PrepaidPlatform.Notifications.Tests.Support;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;
using static PrepaidPlatform.Notifications.Tests.Support.NotificationsTestExtensions;

namespace PrepaidPlatform.Notifications.Tests;

/// <summary>
/// A system job's batch of messages (<see cref="INotificationSender.SendManyAsync"/>, written set-based): the in-app messages
/// reach their readers' inbox with one audit record each, the SMS are delivered from the outbox; only in the caller's
/// transaction and district, nothing written when one phone is wrong; and the dispatcher's batch claim delivers each SMS once even with
/// two host instances on one outbox.
/// </summary>
public sealed class NotificationBatchTests(NotificationsFactory factory) : IClassFixture<NotificationsFactory>
{
    [Fact]
    public async Task A_batch_reaches_each_readers_inbox_with_its_audit_and_its_SMS_are_delivered()
    {
        var op = await factory.UserAsync(Operator);
        var reviewer = await factory.UserAsync("reviewer110108");
        var marker = Guid.NewGuid().ToString("N")[..8];
        string[] phones = ["18100000011", "18100000012", "18100000013"];
        await factory.InScopeAsync(async sp =>
        {
            // As a job of the system writes them: city-wide, each row in its reader's district.
            using var cityWide = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var db = sp.GetRequiredService<PlatformDbContext>();
            await db.InTransactionAsync(async () =>
            {
                await sp.GetRequiredService<INotificationSender>().SendManyAsync(
                    [
                        new UserNotification(op.Id, NotificationTemplateKeys.FilingCodeResumed, Params(("operatorName", "批量经营者" + marker)), "/Work", op.TenantId),
                        new UserNotification(reviewer.Id, NotificationTemplateKeys.FilingCodeResumed, Params(("operatorName", "批量审核员" + marker)), null, reviewer.TenantId),
                    ],
                    phones.Select(p => new SmsNotification(p, NotificationTemplateKeys.FilingCodeResumed, Params(("operatorName", "批量" + marker)), op.TenantId)).ToList());
                return 0;
            }, _ => true, CancellationToken.None);
        });

        using var operatorClient = await factory.SignedInClientAsync(Operator);
        var html = await operatorClient.GetPageAsync("/Notifications/Inbox");
        html.ShouldContain("批量经营者" + marker);
        html.ShouldNotContain("批量审核员" + marker);
        var messages = (await factory.RowsAsync<InboxMessage>()).Where(m => m.Body.Contains(marker, StringComparison.Ordinal)).ToList();
        messages.Select(m => (m.RecipientUserId, m.TenantId)).ShouldBe([(op.Id, op.TenantId), (reviewer.Id, reviewer.TenantId)], ignoreOrder: true);
        foreach (var message in messages)
        {
            (await factory.CountAsync("SELECT COUNT(*) FROM Audit_EntityChanges WHERE EntityType = 'InboxMessage' AND EntityId = @id AND ChangeKind = 'Created'",
                ("@id", message.Id.ToString()))).ShouldBe(1);
        }

        foreach (var phone in phones)
        {
            var sent = await Poller.UntilAsync(() => factory.SmsToAsync(phone), m => m?.Status == SmsStatus.Sent, $"the batch's SMS to {phone}");
            (sent!.Attempts, sent.TenantId).ShouldBe((1, op.TenantId));
            (await factory.RowsAsync<DevelopmentSms>()).Single(d => d.PhoneHash == factory.PhoneHash(phone)).Content
                .ShouldBe($"【预付卡监管平台】批量{marker}：您的备案码已恢复使用。");
        }
    }

    [Fact]
    public async Task A_batch_is_written_only_in_a_transaction_within_its_district_and_not_at_all_with_one_wrong_phone()
    {
        var op = await factory.UserAsync(Operator);
        var haidian = await factory.UserAsync("reviewer110108");
        var marker = Guid.NewGuid().ToString("N")[..8];
        UserNotification[] inbox = [new(op.Id, NotificationTemplateKeys.FilingCodeResumed, Params(("operatorName", "不应写入" + marker)), null, op.TenantId)];
        await factory.InScopeAsync(async sp =>
        {
            // Inside a district with its filter on, as a save refuses it: a message for another district's reader.
            using var district = sp.GetRequiredService<ICurrentTenant>().Change(haidian.TenantId);
            await Should.ThrowAsync<TenantIsolationException>(() => sp.GetRequiredService<PlatformDbContext>().InTransactionAsync(async () =>
            {
                await sp.GetRequiredService<INotificationSender>().SendManyAsync(inbox, []);
                return 0;
            }, _ => true, CancellationToken.None));
        });

        await factory.InScopeAsync(async sp =>
        {
            using var cityWide = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var sender = sp.GetRequiredService<INotificationSender>();
            await Should.ThrowAsync<InvalidOperationException>(() => sender.SendManyAsync(inbox, []));
            var db = sp.GetRequiredService<PlatformDbContext>();
            await Should.ThrowAsync<ArgumentException>(() => db.InTransactionAsync(async () =>
            {
                await sender.SendManyAsync(inbox,
                [
                    new SmsNotification("18100000021", NotificationTemplateKeys.FilingCodeResumed, Params(("operatorName", "不应写入" + marker)), op.TenantId),
                    new SmsNotification("12345", NotificationTemplateKeys.FilingCodeResumed, Params(("operatorName", "不应写入" + marker)), op.TenantId),
                ]);
                return 0;
            }, _ => true, CancellationToken.None));
        });

        (await factory.RowsAsync<InboxMessage>()).ShouldNotContain(m => m.Body.Contains(marker, StringComparison.Ordinal));
        (await factory.RowsAsync<SmsMessage>()).ShouldNotContain(m => m.Text.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_instances_dispatching_one_outbox_deliver_each_SMS_exactly_once()
    {
        using var database = TestDatabase.Create();
        await using var first = new Instance(database);
        await using var second = new Instance(database);
        var tenantId = (await first.UserAsync(Operator)).TenantId;
        _ = await second.UserAsync(Operator); // both hosts started, their dispatchers polling
        var marker = Guid.NewGuid().ToString("N")[..8];
        // Three and a half batches of the default 100: both instances find the same due messages at once.
        var phones = Enumerable.Range(0, 350).Select(i => $"182{i:D8}").ToList();
        await first.InScopeAsync(async sp =>
        {
            using var cityWide = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var db = sp.GetRequiredService<PlatformDbContext>();
            await db.InTransactionAsync(async () =>
            {
                await sp.GetRequiredService<INotificationSender>().SendManyAsync([],
                    phones.Select(p => new SmsNotification(p, NotificationTemplateKeys.FilingCodeResumed, Params(("operatorName", "并发" + marker)), tenantId)).ToList());
                return 0;
            }, _ => true, CancellationToken.None);
        });

        await Poller.UntilAsync(() => first.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE Status = 2 AND Text LIKE @m", ("@m", "%" + marker + "%")),
            n => n == phones.Count, "every SMS delivered", TimeSpan.FromSeconds(60));
        (await first.CountAsync("SELECT COUNT(*) FROM Notify_SmsMessages WHERE Text LIKE @m AND Attempts <> 1", ("@m", "%" + marker + "%"))).ShouldBe(0);
        (await first.CountAsync("SELECT COUNT(*) FROM Notify_DevelopmentSms WHERE Content LIKE @m", ("@m", "%" + marker + "%"))).ShouldBe(phones.Count);
        var attempts = first.Gateway.Attempts.Concat(second.Gateway.Attempts).Where(a => a.Phone.StartsWith("182", StringComparison.Ordinal)).Select(a => a.Phone).ToList();
        attempts.Count.ShouldBe(phones.Count);
        attempts.Distinct().Count().ShouldBe(phones.Count);
    }

    /// <summary>One of two host instances on one database (with the first one's data folder, its keys), each with its own dispatcher.</summary>
    private sealed class Instance(TestDatabase database) : PlatformFactory(database)
    {
        internal GatewayScript Gateway { get; } = new();

        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Notifications:Sms:PollingInterval"] = "00:00:00.050",
            ["Database:DataFolder"] = Path.Combine(Path.GetTempPath(), "pp-tests", "data-" + Convert.ToHexString(
                System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Database.ConnectionString)))[..12]),
        };

        protected override void ConfigureTestServices(IServiceCollection services)
        {
            services.AddSingleton(Gateway);
            services.AddScoped<ISmsGateway, ScriptedSmsGateway>();
        }
    }
}
