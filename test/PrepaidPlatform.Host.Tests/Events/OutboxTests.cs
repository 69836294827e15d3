using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Platform.Tenants;

using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Events;

// Due times and backoff follow the factory's FakeTimeProvider: a retry becomes due only when the test moves the clock.
public sealed class OutboxTests(OutboxFactory factory) : IClassFixture<OutboxFactory>
{
    private const string Effect = nameof(EffectHandler);
    private const string Notify = nameof(NotifyHandler);

    [Fact]
    public async Task An_event_whose_transaction_rolls_back_is_never_dispatched()
    {
        var rolledBack = NewLabel("rolled-back");
        var committed = NewLabel("committed");
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            sp.GetRequiredService<IIntegrationEventPublisher>().Publish(new SampleEvent(rolledBack));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        });
        await PublishAsync(new SampleEvent(committed));

        // The event committed after the rolled-back one is delivered, so the dispatcher has passed that point.
        await WaitForAsync(committed, m => m.ProcessedAtUtc != null, "the committed event to be delivered");
        (await MessageAsync(rolledBack)).ShouldBeNull();
        factory.Recorder.RunsOf(rolledBack).ShouldBeEmpty();
        factory.Recorder.RunsOf(committed).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Handlers_run_inside_the_district_of_the_event()
    {
        var haidian = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<Tenant>().Where(t => t.Name == "海淀区").Select(t => t.Id).SingleAsync());
        var label = NewLabel("district");

        await PublishAsync(new SampleEvent(label), haidian);

        await WaitForAsync(label, m => m.ProcessedAtUtc != null, "the event to be delivered");
        var runs = factory.Recorder.RunsOf(label);
        runs.Select(r => r.Handler).Order().ShouldBe([Effect, Notify]);
        runs.ShouldAllBe(r => r.TenantId == haidian);
    }

    [Fact]
    public async Task A_handler_that_fails_once_is_retried_after_the_backoff_and_its_effect_happens_once()
    {
        var label = NewLabel("flaky");
        await PublishAsync(new SampleEvent(label, EffectFailures: 1));

        var failed = await WaitForAsync(label, m => m.Attempts == 1, "the first delivery to fail");
        failed.ProcessedAtUtc.ShouldBeNull();
        failed.Failed.ShouldBeFalse();
        failed.LastError!.ShouldContain("failed on purpose");
        // Backoff: the retry is due one FirstRetryDelay after the failure, on the platform clock.
        failed.NextAttemptAtUtc.ShouldBe(factory.Clock.GetUtcNow().UtcDateTime + OutboxFactory.FirstRetryDelay, TimeSpan.FromMilliseconds(1));
        (await EffectRowsAsync(Effect, label)).ShouldBe(0, "the failed run's write is rolled back with it");

        factory.Clock.Advance(OutboxFactory.FirstRetryDelay);
        var delivered = await WaitForAsync(label, m => m.ProcessedAtUtc != null, "the retry to succeed");

        delivered.Attempts.ShouldBe(1);
        delivered.LastError.ShouldBeNull();
        factory.Recorder.RunsOf(Effect, label).Count.ShouldBe(2);
        (await EffectRowsAsync(Effect, label)).ShouldBe(1);
    }

    [Fact]
    public async Task With_two_handlers_the_one_that_succeeded_is_not_run_again_when_the_other_is_retried()
    {
        var label = NewLabel("two-handlers");
        await PublishAsync(new SampleEvent(label, EffectFailures: 1));
        await WaitForAsync(label, m => m.Attempts == 1, "the first delivery to fail");

        factory.Clock.Advance(OutboxFactory.FirstRetryDelay);
        var delivered = await WaitForAsync(label, m => m.ProcessedAtUtc != null, "the retry to succeed");

        factory.Recorder.RunsOf(Notify, label).Count.ShouldBe(1);
        (await EffectRowsAsync(Notify, label)).ShouldBe(1);
        var processed = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<ProcessedEvent>()
            .Where(p => p.MessageId == delivered.Id).Select(p => p.Handler).ToListAsync());
        processed.Order().ShouldBe([typeof(EffectHandler).FullName!, typeof(NotifyHandler).FullName!]);
    }

    [Fact]
    public async Task A_message_is_marked_failed_after_the_last_attempt_and_not_retried_again()
    {
        var label = NewLabel("doomed");
        await PublishAsync(new SampleEvent(label, EffectFailures: int.MaxValue));

        for (var attempt = 1; attempt < OutboxFactory.MaxAttempts; attempt++)
        {
            var failed = await WaitForAsync(label, m => m.Attempts == attempt, $"attempt {attempt} to fail");
            failed.Failed.ShouldBeFalse();
            factory.Clock.Advance(failed.NextAttemptAtUtc - factory.Clock.GetUtcNow().UtcDateTime);
        }

        var given = await WaitForAsync(label, m => m.Failed == true, "the message to be given up");
        given.Attempts.ShouldBe(OutboxFactory.MaxAttempts);
        given.ProcessedAtUtc.ShouldBeNull();
        given.LastError!.ShouldContain("failed on purpose");
        factory.Recorder.RunsOf(Effect, label).Count.ShouldBe(OutboxFactory.MaxAttempts);
        factory.Recorder.RunsOf(Notify, label).Count.ShouldBe(1);
        (await EffectRowsAsync(Effect, label)).ShouldBe(0);

        // Failed is final: an event published and delivered later shows the dispatcher has moved on without it.
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var after = NewLabel("after-doomed");
        await PublishAsync(new SampleEvent(after));
        await WaitForAsync(after, m => m.ProcessedAtUtc != null, "a later event to be delivered");
        factory.Recorder.RunsOf(Effect, label).Count.ShouldBe(OutboxFactory.MaxAttempts);
    }

    private static string NewLabel(string what) => $"{what}-{Guid.NewGuid():N}";

    private Task PublishAsync(SampleEvent integrationEvent, Guid? tenantId = null) =>
        factory.InScopeAsync(async sp =>
        {
            sp.GetRequiredService<IIntegrationEventPublisher>().Publish(integrationEvent, tenantId);
            await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync();
        });

    private Task<OutboxMessage?> MessageAsync(string label) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<OutboxMessage>().AsNoTracking()
            .SingleOrDefaultAsync(m => m.Payload.Contains(label)));

    private async Task<OutboxMessage> WaitForAsync(string label, Func<OutboxMessage, bool> isDone, string waitingFor) =>
        (await Poller.UntilAsync(() => MessageAsync(label), m => m is not null && isDone(m), waitingFor))!;

    private Task<int> EffectRowsAsync(string handler, string label) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<SettingValue>()
            .CountAsync(v => v.Name == OutboxEffects.Name(handler, label)));
}
