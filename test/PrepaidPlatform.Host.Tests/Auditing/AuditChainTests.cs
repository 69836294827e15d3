using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Host.Data;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Auditing;

/// <summary>Issue 15 item 5: the entity-change audit is a SHA-256 chain per Beijing day that concurrent writers extend without forking.</summary>
public sealed class AuditChainTests(AuditChainTests.CountingFactory factory) : IClassFixture<AuditChainTests.CountingFactory>
{
    internal static readonly string[] Districts = ["110101", "110102", "110105", "110106", "110107", "110108", "110109", "110111"];

    /// <summary>Changes one district's profile in a scope (and so a connection and transaction) of its own.</summary>
    internal static Task ChangeProfileAsync(PlatformFactory factory, string district, string address) => factory.InScopeAsync(async sp =>
    {
        using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(TenantSeeder.IdFor(district));
        var db = sp.GetRequiredService<PlatformDbContext>();
        var profile = await db.Set<DistrictProfile>().SingleAsync();
        db.Entry(profile).Property(p => p.Address).CurrentValue = address;
        await db.SaveChangesAsync();
    });

    /// <summary>The day's rows in the verifier's order: lane by lane, each in sequence.</summary>
    internal static Task<List<EntityChangeRecord>> RowsAsync(PlatformFactory factory, DateOnly day) => factory.InScopeAsync(sp =>
        sp.GetRequiredService<PlatformDbContext>().Set<EntityChangeRecord>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.ChainDay == day).OrderBy(r => r.ChainLane).ThenBy(r => r.ChainSequence).ToListAsync());

    /// <summary>Each lane's rows are numbered 1, 2, 3 … without a gap or a fork, and each links to the one before it (the lane's genesis first).</summary>
    internal static void ShouldBeUnbrokenLanes(List<EntityChangeRecord> rows, DateOnly day)
    {
        foreach (var lane in rows.GroupBy(r => r.ChainLane))
        {
            lane.Key.ShouldBeInRange(0, AuditChain.Lanes - 1);
            lane.Select(r => r.ChainSequence).ShouldBe(Enumerable.Range(1, lane.Count()).Select(i => (long)i));
            var previous = AuditChain.GenesisOf(day, lane.Key);
            foreach (var row in lane)
            {
                row.Hash.ShouldBe(AuditChain.HashOf(previous, row));
                previous = row.Hash;
            }
        }
    }

    internal static Task<IReadOnlyList<AuditChainReport>> VerifyAsync(PlatformFactory factory, DateOnly? day = null) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<AuditChainVerifier>().VerifyAsync(day, day, default));

    public sealed class CountingFactory : CommandCountingFactory;

    private DateOnly Today => factory.Services.GetRequiredService<IClock>().TodayInShanghai;

    [Fact]
    public async Task Every_change_is_linked_to_the_previous_one_and_the_day_verifies()
    {
        await ChangeProfileAsync(factory, "110108", "链测试地址一");
        await ChangeProfileAsync(factory, "110108", "链测试地址二");

        var rows = await RowsAsync(factory, Today);
        ShouldBeUnbrokenLanes(rows, Today);
        (await VerifyAsync(factory, Today)).ShouldHaveSingleItem().Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task Concurrent_writers_on_separate_connections_extend_the_lanes_without_a_fork()
    {
        var before = (await RowsAsync(factory, Today)).Count;
        // Eight writers at once, each in its own scope, connection and transaction: each takes a lane, and a lane's head row
        // serialises the writers that meet on it.
        await Task.WhenAll(Districts.Select(district => Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                await ChangeProfileAsync(factory, district, $"并发测试 {district} {i}");
            }
        })));

        var rows = await RowsAsync(factory, Today);
        rows.Count.ShouldBeGreaterThanOrEqualTo(before + (Districts.Length * 6));
        ShouldBeUnbrokenLanes(rows, Today);
        // 48 transactions, round robin over the lanes: every lane has rows.
        rows.Select(r => r.ChainLane).Distinct().Count().ShouldBe(AuditChain.Lanes);
        var report = (await VerifyAsync(factory, Today)).ShouldHaveSingleItem();
        report.Problem.ShouldBeNull();
        report.Intact.ShouldBeTrue();
        report.Rows.ShouldBe(rows.Count);
    }

    /// <summary>
    /// Issue 14: a transaction that holds its lane does not hold up the city. Another writer, on the next lane, saves and
    /// commits while the first is still open (with one head for the city it waited for the first's commit, here for the
    /// lock wait timeout); both land intact, and every lane of the day has its head.
    /// </summary>
    [MariaDbFact]
    public async Task A_writer_on_another_lane_commits_while_a_transaction_holds_its_lane()
    {
        var held = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var holder = factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(TenantSeeder.IdFor("110106"));
            var db = sp.GetRequiredService<PlatformDbContext>();
            var profile = await db.Set<DistrictProfile>().SingleAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Entry(profile).Property(p => p.Address).CurrentValue = "持链测试 甲";
            await db.SaveChangesAsync();
            held.SetResult();
            await release.Task;
            await transaction.CommitAsync();
        });
        await held.Task;
        try
        {
            var other = ChangeProfileAsync(factory, "110107", "持链测试 乙");
            (await Task.WhenAny(other, Task.Delay(TimeSpan.FromSeconds(15)))).ShouldBe(other, "the other lane's writer must not wait for the open transaction");
            await other;
        }
        finally
        {
            release.SetResult();
            await holder;
        }

        var rows = await RowsAsync(factory, Today);
        ShouldBeUnbrokenLanes(rows, Today);
        var first = rows.Where(r => r.PropertyChanges.Contains("\"new\":\"持链测试 甲\"", StringComparison.Ordinal)).ShouldHaveSingleItem();
        var second = rows.Where(r => r.PropertyChanges.Contains("\"new\":\"持链测试 乙\"", StringComparison.Ordinal)).ShouldHaveSingleItem();
        second.ChainLane.ShouldNotBe(first.ChainLane);
        (await VerifyAsync(factory, Today)).ShouldHaveSingleItem().Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task The_days_first_row_comes_with_the_head_of_every_lane()
    {
        await ChangeProfileAsync(factory, "110101", "链头测试地址");
        var lanes = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<AuditChainHead>().AsNoTracking()
            .Where(h => h.Day == Today).Select(h => h.Lane).OrderBy(l => l).ToListAsync());
        lanes.ShouldBe(Enumerable.Range(0, AuditChain.Lanes));
    }

    [Fact]
    public async Task A_save_that_fails_leaves_no_audit_row_behind_and_the_retry_extends_the_chain_once()
    {
        var district = TenantSeeder.IdFor("110109");
        await factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var profile = await db.Set<DistrictProfile>().SingleAsync();
            db.Entry(profile).Property(p => p.Address).CurrentValue = "重试测试地址";
            // A second profile for the district: the unique index refuses the save (audit rows and head move included).
            var second = new DistrictProfile(Guid.NewGuid(), district, "重复的区");
            db.Add(second);
            await Should.ThrowAsync<DbUpdateException>(db.SaveChangesAsync());

            db.Entry(second).State = EntityState.Detached;
            await db.SaveChangesAsync();
        });

        var rows = await RowsAsync(factory, Today);
        ShouldBeUnbrokenLanes(rows, Today);
        rows.Count(r => r.PropertyChanges.Contains("重试测试地址", StringComparison.Ordinal)).ShouldBe(1);
        rows.ShouldNotContain(r => r.PropertyChanges.Contains("重复的区", StringComparison.Ordinal));
        (await VerifyAsync(factory, Today)).ShouldHaveSingleItem().Intact.ShouldBeTrue();
    }

    /// <summary>
    /// Writers that lock the head first (as the 备案编号 allocator does, <see cref="AuditChainLock"/>) and save twice in their
    /// transaction, racing writers that lock it in their save: one chain without a fork, and the head-first writers read the
    /// head once for both saves.
    /// </summary>
    [Fact]
    public async Task Writers_that_lock_the_head_before_saving_extend_the_same_chain_and_read_the_head_once_per_transaction()
    {
        var headReads = new System.Collections.Concurrent.ConcurrentBag<int>();
        await Task.WhenAll(Districts.Select((district, index) => Task.Run(async () =>
        {
            for (var i = 0; i < 4; i++)
            {
                if (index % 2 == 0)
                {
                    await ChangeProfileAsync(factory, district, $"先锁测试 {district} {i}");
                    continue;
                }

                await factory.InScopeAsync(async sp =>
                {
                    using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(TenantSeeder.IdFor(district));
                    var db = sp.GetRequiredService<PlatformDbContext>();
                    var profile = await db.Set<DistrictProfile>().SingleAsync();
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    using var watching = factory.Commands.Watch(db, out var commands);
                    await db.LockAuditChainAsync(default);
                    db.Entry(profile).Property(p => p.Address).CurrentValue = $"先锁测试 {district} {i} 甲";
                    await db.SaveChangesAsync();
                    db.Entry(profile).Property(p => p.Address).CurrentValue = $"先锁测试 {district} {i} 乙";
                    await db.SaveChangesAsync();
                    await transaction.CommitAsync();
                    headReads.Add(commands.Count(c => c.Contains("Audit_ChainHeads", StringComparison.Ordinal)
                        && (c.Contains("FOR UPDATE", StringComparison.Ordinal) || c.Contains("RETURNING \"Lane\"", StringComparison.Ordinal))));
                });
            }
        })));

        headReads.Count.ShouldBe(Districts.Length / 2 * 4);
        headReads.ShouldAllBe(n => n == 1);
        var rows = await RowsAsync(factory, Today);
        ShouldBeUnbrokenLanes(rows, Today);
        // A transaction keeps its lane: both saves of a head-first writer are consecutive links of one lane.
        foreach (var district in Districts.Where((_, index) => index % 2 == 1))
        {
            for (var i = 0; i < 4; i++)
            {
                var first = rows.Where(r => r.PropertyChanges.Contains($"\"new\":\"先锁测试 {district} {i} 甲\"", StringComparison.Ordinal)).ShouldHaveSingleItem();
                var second = rows.Where(r => r.PropertyChanges.Contains($"\"new\":\"先锁测试 {district} {i} 乙\"", StringComparison.Ordinal)).ShouldHaveSingleItem();
                second.ChainLane.ShouldBe(first.ChainLane);
                second.ChainSequence.ShouldBe(first.ChainSequence + 1);
            }
        }

        rows.Count(r => r.PropertyChanges.Contains("先锁测试", StringComparison.Ordinal)).ShouldBe(Districts.Length / 2 * 4 * 3);
        var report = (await VerifyAsync(factory, Today)).ShouldHaveSingleItem();
        report.Problem.ShouldBeNull();
        report.Intact.ShouldBeTrue();
    }

    /// <summary>The head locked first, then a save that fails: the next save of the transaction reads the head again and links once.</summary>
    [Fact]
    public async Task After_a_failed_save_a_transaction_that_locked_the_head_first_links_its_retry_once()
    {
        var district = TenantSeeder.IdFor("110111");
        await factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district);
            var db = sp.GetRequiredService<PlatformDbContext>();
            var profile = await db.Set<DistrictProfile>().SingleAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.LockAuditChainAsync(default);
            db.Entry(profile).Property(p => p.Address).CurrentValue = "先锁后存的地址";
            var second = new DistrictProfile(Guid.NewGuid(), district, "先锁后存的另一个区");
            db.Add(second);
            await Should.ThrowAsync<DbUpdateException>(db.SaveChangesAsync());

            db.Entry(second).State = EntityState.Detached;
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });

        var rows = await RowsAsync(factory, Today);
        ShouldBeUnbrokenLanes(rows, Today);
        rows.Count(r => r.PropertyChanges.Contains("先锁后存的地址", StringComparison.Ordinal)).ShouldBe(1);
        rows.ShouldNotContain(r => r.PropertyChanges.Contains("先锁后存的另一个区", StringComparison.Ordinal));
        (await VerifyAsync(factory, Today)).ShouldHaveSingleItem().Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task Many_rows_in_one_save_cost_one_lookup_of_the_chain_head_not_one_per_row()
    {
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            using var unfiltered = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
            var profiles = await db.Set<DistrictProfile>().ToListAsync();
            foreach (var profile in profiles)
            {
                db.Entry(profile).Property(p => p.Address).CurrentValue = "批量测试 " + profile.Id;
            }

            using var watching = factory.Commands.Watch(db, out var commands);
            await db.SaveChangesAsync();
            profiles.Count.ShouldBeGreaterThan(10);
            // The head is read once: a SELECT … FOR UPDATE on MariaDB (in the upsert's command), the upsert's RETURNING on SQLite.
            commands.Count(c => c.Contains("Audit_ChainHeads", StringComparison.Ordinal)
                && (c.Contains("FOR UPDATE", StringComparison.Ordinal) || c.Contains("RETURNING \"Lane\"", StringComparison.Ordinal))).ShouldBe(1);
        });

        (await VerifyAsync(factory, Today)).ShouldHaveSingleItem().Intact.ShouldBeTrue();
    }
}
