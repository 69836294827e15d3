using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Auditing;

/// <summary>Issue 15 item 5: audit is kept at least 180 days (a setting) and whole older days are pruned by a job; the days left still verify.</summary>
public sealed class AuditRetentionTests(AuditRetentionTests.ShortRetentionFactory factory) : IClassFixture<AuditRetentionTests.ShortRetentionFactory>
{
    /// <summary>Configuration asks for 30 days: less than the least allowed, so 180 are kept anyway.</summary>
    public sealed class ShortRetentionFactory : PlatformFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Settings:" + PlatformSettings.AuditRetentionDays] = "30",
        };
    }

    private DateOnly Today => factory.Services.GetRequiredService<IClock>().TodayInShanghai;

    private Task<DateOnly> PruneAsync() => factory.InScopeAsync(sp => AuditRetentionJob.PruneAsync(sp, default));

    private Task<(int Changes, int Heads, int Requests)> CountAsync(DateOnly day) => factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PlatformDbContext>();
        var start = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        return (
            await db.Set<EntityChangeRecord>().IgnoreQueryFilters().CountAsync(r => r.ChainDay == day),
            await db.Set<AuditChainHead>().CountAsync(h => h.Day == day),
            await db.Set<RequestAuditRecord>().IgnoreQueryFilters().CountAsync(r => r.TimeUtc >= start && r.TimeUtc < start.AddDays(1)));
    });

    [Fact]
    public async Task Days_older_than_the_retention_are_dropped_whole_and_the_rest_still_verify()
    {
        var first = Today;
        await AuditChainTests.ChangeProfileAsync(factory, "110108", "保留测试一");
        using (var reviewer = await factory.SignedInClientAsync("reviewer110108"))
        {
            await reviewer.GetPageAsync("/Work?retention-probe=1");
        }

        var before = await CountAsync(first);
        before.Changes.ShouldBeGreaterThan(0);
        before.Heads.ShouldBe(AuditChain.Lanes, "every lane's head is made with the day's first row");
        before.Requests.ShouldBeGreaterThan(0);

        factory.Clock.Advance(TimeSpan.FromDays(100));
        var second = Today;
        await AuditChainTests.ChangeProfileAsync(factory, "110108", "保留测试二");
        (await PruneAsync()).ShouldBe(second.AddDays(-179));
        (await CountAsync(first)).ShouldBe(before, "30 days configured, but 180 is the least kept");

        factory.Clock.Advance(TimeSpan.FromDays(100));
        (await PruneAsync()).ShouldBe(Today.AddDays(-179));
        (await CountAsync(first)).ShouldBe((0, 0, 0));
        (await CountAsync(second)).Changes.ShouldBeGreaterThan(0);
        (await AuditChainTests.VerifyAsync(factory)).ShouldAllBe(r => r.Intact);
        (await AuditChainTests.VerifyAsync(factory)).ShouldNotContain(r => r.Day < second);
    }

    [Fact]
    public void The_retention_setting_refuses_fewer_than_180_days()
    {
        var definition = factory.Services.GetRequiredService<SettingDefinitionManager>().Get(PlatformSettings.AuditRetentionDays);
        SettingValueValidator.Normalize(definition, "90").Error.ShouldNotBeNull();
        SettingValueValidator.Normalize(definition, "180").Error.ShouldBeNull();
    }

    [Fact]
    public void The_job_runs_every_night_at_half_past_midnight_Beijing_time()
    {
        AuditRetentionJob.NextRun(new DateTimeOffset(2026, 12, 6, 10, 0, 0, TimeSpan.Zero))
            .ShouldBe(new DateTimeOffset(2026, 12, 6, 16, 30, 0, TimeSpan.Zero));
    }
}
