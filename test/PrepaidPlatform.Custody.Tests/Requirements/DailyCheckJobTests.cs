using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Custody.Domain;
using PrepaidPlatform.Custody.Jobs;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Jobs;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests.Requirements;

/// <summary>
/// The daily check (<see cref="CustodyDailyCheckJob"/>, run by the scheduler as in production): a 履约保证保险 policy that
/// expired overnight turns its operator short with one message, one SMS and one event; the next run sends nothing again.
/// </summary>
public sealed class DailyCheckJobTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string DemoOperator = ShortfallSignals.DemoOperator;

    [Fact]
    public async Task An_expired_policy_opens_one_episode_and_a_second_run_sends_nothing_twice()
    {
        var today = factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Date;
        var user = await factory.UserAsync(DemoOperator);
        // The manual's row (119,900 of 345,100 元, 18,140 元 short of 40 %) covered by a 20,000 元 policy ending tomorrow…
        var demo = await AShortOperatorCoveredUntilAsync(DateOnly.FromDateTime(today).AddDays(1), user.Id, DemoOperator, "演示企业2");
        // …and another, covered two days longer: the second run's sign that it ran.
        var other = await AShortOperatorCoveredUntilAsync(DateOnly.FromDateTime(today).AddDays(3), null, SupervisedOperators.RandomUscc(), "测试经营者");
        (await EpisodesAsync(demo)).ShouldBe(0);
        (await MessagesAsync()).ShouldBe(0);

        factory.Clock.Advance(TimeSpan.FromDays(2));
        await RunJobAsync();
        await Poller.UntilAsync(() => EpisodesAsync(demo), n => n > 0, "the daily check to open the demo operator's episode");
        (await EpisodesAsync(demo)).ShouldBe(1);
        (await EpisodesAsync(other)).ShouldBe(0);
        (await MessagesAsync()).ShouldBe(1);
        (await SmsAsync()).ShouldBe(1);
        (await EventsAsync()).ShouldBe(1);

        factory.Clock.Advance(TimeSpan.FromDays(2));
        await RunJobAsync();
        await Poller.UntilAsync(() => EpisodesAsync(other), n => n > 0, "the second run to open the other operator's episode");
        (await EpisodesAsync(demo)).ShouldBe(1);
        (await MessagesAsync()).ShouldBe(1);
        (await SmsAsync()).ShouldBe(1);
        (await EventsAsync()).ShouldBe(1);
    }

    private async Task<Guid> AShortOperatorCoveredUntilAsync(DateOnly validTo, Guid? userId, string uscc, string name)
    {
        var id = await factory.AnOperatorAsync("110107", 34_510_000, userId, uscc: uscc, name: name);
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var policy = new CustodyPolicy(Guid.NewGuid(), Guid.NewGuid(), "P" + Guid.NewGuid().ToString("N")[..12], factory.Clock.GetUtcNow().UtcDateTime);
            policy.Set(uscc, 2_000_000, validTo.AddYears(-1), validTo, null);
            db.Add(policy);
            await db.SaveChangesAsync();
        });
        await factory.StatementAsync(id, 34_510_000, 11_990_000);
        return id;
    }

    private Task RunJobAsync() =>
        factory.InScopeAsync(sp => sp.GetRequiredService<IBackgroundJobScheduler>()
            .ScheduleAsync<CustodyDailyCheckJob>(null, DateTimeOffset.UtcNow, null, CustodyDailyCheckJob.Key));

    private async Task<int> EpisodesAsync(Guid operatorId) => (await factory.EpisodesAsync(operatorId)).Count;

    private Task<int> MessagesAsync() => factory.DemoMessagesAsync();

    private Task<int> SmsAsync() => factory.DemoSmsAsync();

    private Task<int> EventsAsync() => factory.DemoEventsAsync();
}
