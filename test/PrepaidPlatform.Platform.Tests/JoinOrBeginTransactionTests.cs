using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Settings;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Platform.Tests;

/// <summary>The kernel's "the caller's transaction, else one of its own" for writes in several statements.</summary>
public sealed class JoinOrBeginTransactionTests(ConfiguredPlatformFactory factory) : IClassFixture<ConfiguredPlatformFactory>
{
    [Fact]
    public async Task Alone_its_writes_are_committed_and_a_failure_keeps_none_of_them()
    {
        var kept = Name();
        var failed = Name();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await db.JoinOrBeginTransactionAsync(() => WriteTwoAsync(db, kept), CancellationToken.None);
            db.Database.CurrentTransaction.ShouldBeNull();
            await Should.ThrowAsync<InvalidOperationException>(() => db.JoinOrBeginTransactionAsync<int>(async () =>
            {
                await WriteTwoAsync(db, failed);
                throw new InvalidOperationException("测试失败");
            }, CancellationToken.None));
            return 0;
        });

        (await CountAsync(kept)).ShouldBe(2);
        (await CountAsync(failed)).ShouldBe(0);
    }

    [Fact]
    public async Task Inside_a_callers_transaction_its_writes_follow_the_callers_rollback()
    {
        var name = Name();
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await db.InTransactionAsync(async () =>
            {
                await db.JoinOrBeginTransactionAsync(() => WriteTwoAsync(db, name), CancellationToken.None);
                return false;
            }, committed => committed, CancellationToken.None);
            return 0;
        });

        (await CountAsync(name)).ShouldBe(0);
    }

    private static string Name() => "test.join." + Guid.NewGuid().ToString("N")[..8];

    // Two statements: a tracked save and a set-based one, as the risk codes' writes are.
    private static async Task<int> WriteTwoAsync(PlatformDbContext db, string name)
    {
        db.Add(new SettingValue(Guid.NewGuid(), name, SettingValue.CityProvider, SettingValue.CityKey, "一"));
        await db.SaveChangesAsync();
        await new SetBasedWriter(db).InsertAsync([new SettingValue(Guid.NewGuid(), name + ".2", SettingValue.CityProvider, SettingValue.CityKey, "二")], CancellationToken.None);
        return 2;
    }

    private Task<int> CountAsync(string name) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<SettingValue>().CountAsync(v => v.Name.StartsWith(name)));
}
