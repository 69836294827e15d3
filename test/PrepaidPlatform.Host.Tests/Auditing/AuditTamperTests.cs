using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Auditing;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Auditing;

/// <summary>Issue 15 item 5: a row edited or deleted in the database is found by the page and by the command, by its id.</summary>
public sealed class AuditTamperTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private DateOnly Today => factory.Services.GetRequiredService<IClock>().TodayInShanghai;

    /// <summary>Three changes saved in one transaction (so on one lane, the last three links of it); that lane's rows.</summary>
    private async Task<List<EntityChangeRecord>> FreshChainAsync()
    {
        await factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<PrepaidPlatform.Platform.MultiTenancy.ICurrentTenant>().Change(PrepaidPlatform.Platform.Tenants.TenantSeeder.IdFor("110105"));
            var db = sp.GetRequiredService<PrepaidPlatform.Platform.Data.PlatformDbContext>();
            var profile = await db.Set<PrepaidPlatform.Platform.Tenants.DistrictProfile>().SingleAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var i = 0; i < 3; i++)
            {
                db.Entry(profile).Property(p => p.Address).CurrentValue = $"篡改测试 {Guid.NewGuid():N}";
                await db.SaveChangesAsync();
            }

            await transaction.CommitAsync();
        });

        var report = (await AuditChainTests.VerifyAsync(factory, Today)).ShouldHaveSingleItem();
        report.Intact.ShouldBeTrue(report.Problem);
        var rows = await AuditChainTests.RowsAsync(factory, Today);
        var lane = rows.Last(r => r.PropertyChanges.Contains("篡改测试", StringComparison.Ordinal)).ChainLane;
        var laneRows = rows.Where(r => r.ChainLane == lane).ToList();
        laneRows.TakeLast(3).ShouldAllBe(r => r.PropertyChanges.Contains("篡改测试", StringComparison.Ordinal));
        return laneRows;
    }

    private async Task RepairAsync(EntityChangeRecord original) =>
        await factory.ScalarAsync("UPDATE Audit_EntityChanges SET PropertyChanges = @p WHERE Id = @id", ("@p", original.PropertyChanges), ("@id", original.Id));

    [Fact]
    public async Task A_row_edited_in_the_database_is_named_by_the_verifier_the_page_and_the_command()
    {
        var rows = await FreshChainAsync();
        var victim = rows[^2];
        await factory.ScalarAsync("UPDATE Audit_EntityChanges SET PropertyChanges = @p WHERE Id = @id", ("@p", "[]"), ("@id", victim.Id));
        try
        {
            var report = (await AuditChainTests.VerifyAsync(factory, Today)).ShouldHaveSingleItem();
            report.Intact.ShouldBeFalse();
            report.BrokenRowId.ShouldBe(victim.Id);
            report.BrokenSequence.ShouldBe(victim.ChainSequence);

            using var city = await factory.SignedInClientAsync("cityadmin");
            var response = await city.PostFormAsync("/Platform/Audit", new Dictionary<string, string> { ["VerifyDay"] = Today.ToString("yyyy-MM-dd") }, "/Platform/Audit?handler=Verify");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            html.ShouldContain("审计链断裂");
            html.ShouldContain($"记录 #{victim.Id}");

            var output = new StringWriter();
            (await AuditCommand.RunAsync(factory.Services, ["audit", "verify", "--day", Today.ToString("yyyy-MM-dd")], output)).ShouldBe(1);
            output.ToString().ShouldContain($"记录 #{victim.Id}");
        }
        finally
        {
            await RepairAsync(victim);
        }

        (await AuditChainTests.VerifyAsync(factory, Today)).ShouldHaveSingleItem().Intact.ShouldBeTrue();
        var intact = new StringWriter();
        (await AuditCommand.RunAsync(factory.Services, ["audit", "verify"], intact)).ShouldBe(0);
        intact.ToString().ShouldContain("审计链完整");
    }

    [Fact]
    public async Task A_row_deleted_from_the_middle_or_the_end_of_the_day_is_found()
    {
        var rows = await FreshChainAsync();
        var middle = rows[^2];
        await factory.ScalarAsync("DELETE FROM Audit_EntityChanges WHERE Id = @id", ("@id", middle.Id));
        try
        {
            await FindGapAndCutTailAsync(rows, middle);
        }
        finally
        {
            // The rows go back as they were (same ids, sequences and hashes), so the class's other tests find an intact day.
            await factory.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<PrepaidPlatform.Platform.Data.PlatformDbContext>();
                using var unfiltered = sp.GetRequiredService<PrepaidPlatform.Platform.MultiTenancy.IDataFilter>().Disable<PrepaidPlatform.Platform.MultiTenancy.IMultiTenant>();
                var present = (await db.Set<EntityChangeRecord>().IgnoreQueryFilters().Where(r => r.ChainDay == Today).Select(r => r.Id).ToListAsync()).ToHashSet();
                db.AddRange(rows.Where(r => !present.Contains(r.Id)));
                await db.SaveChangesAsync();
            });
        }

        (await AuditChainTests.VerifyAsync(factory, Today)).ShouldHaveSingleItem().Intact.ShouldBeTrue();
    }

    private async Task FindGapAndCutTailAsync(List<EntityChangeRecord> rows, EntityChangeRecord middle)
    {
        var gap = (await AuditChainTests.VerifyAsync(factory, Today)).ShouldHaveSingleItem();
        gap.Intact.ShouldBeFalse();
        gap.BrokenRowId.ShouldBe(rows[^1].Id);
        gap.Problem!.ShouldContain("缺失");

        // The day's tail cut off: the rows left still link, but the head remembers more.
        await factory.ScalarAsync("DELETE FROM Audit_EntityChanges WHERE ChainDay = @day AND ChainLane = @lane AND ChainSequence >= @s",
            ("@day", Today.ToString("yyyy-MM-dd")), ("@lane", middle.ChainLane), ("@s", middle.ChainSequence));
        var tail = (await AuditChainTests.VerifyAsync(factory, Today)).ShouldHaveSingleItem();
        tail.Intact.ShouldBeFalse();
        tail.BrokenLane.ShouldBe(middle.ChainLane);
        tail.BrokenSequence.ShouldBe(middle.ChainSequence);
        tail.Problem!.ShouldContain("链头");
    }

    /// <summary>
    /// The day's chain is several lanes: one of them deleted whole, its rows and its head, would leave the other lanes
    /// intact, so every lane's head is made with the day's first row and a missing one is reported.
    /// </summary>
    [Fact]
    public async Task A_lane_deleted_whole_with_its_head_is_found()
    {
        var rows = await FreshChainAsync();
        var lane = rows[0].ChainLane;
        var head = await factory.InScopeAsync(sp => sp.GetRequiredService<PrepaidPlatform.Platform.Data.PlatformDbContext>().Set<AuditChainHead>().AsNoTracking()
            .SingleAsync(h => h.Day == Today && h.Lane == lane));
        await factory.ScalarAsync("DELETE FROM Audit_EntityChanges WHERE ChainDay = @day AND ChainLane = @lane", ("@day", Today.ToString("yyyy-MM-dd")), ("@lane", lane));
        await factory.ScalarAsync("DELETE FROM Audit_ChainHeads WHERE Day = @day AND Lane = @lane", ("@day", Today.ToString("yyyy-MM-dd")), ("@lane", lane));
        try
        {
            var report = (await AuditChainTests.VerifyAsync(factory, Today)).ShouldHaveSingleItem();
            report.Intact.ShouldBeFalse();
            report.BrokenLane.ShouldBe(lane);
            report.Problem!.ShouldContain("链头记录缺失");
            report.Describe().ShouldContain($"第 {lane} 链");

            var output = new StringWriter();
            (await AuditCommand.RunAsync(factory.Services, ["audit", "verify", "--day", Today.ToString("yyyy-MM-dd")], output)).ShouldBe(1);
            output.ToString().ShouldContain("链头记录缺失");
        }
        finally
        {
            await RestoreAsync(rows, head);
        }

        (await AuditChainTests.VerifyAsync(factory, Today)).ShouldHaveSingleItem().Intact.ShouldBeTrue();
    }

    /// <summary>A row moved to another lane breaks both: the lane is one of the fields its hash covers.</summary>
    [Fact]
    public async Task A_row_moved_to_another_lane_is_found()
    {
        var rows = await FreshChainAsync();
        var victim = rows[^1];
        var other = (victim.ChainLane + 1) % AuditChain.Lanes;
        var otherRows = (await AuditChainTests.RowsAsync(factory, Today)).Count(r => r.ChainLane == other);
        // Where the moved row would fit by sequence in the other lane if it could: its next link, or beyond.
        await factory.ScalarAsync("UPDATE Audit_EntityChanges SET ChainLane = @lane, ChainSequence = @s WHERE Id = @id",
            ("@lane", other), ("@s", otherRows + 1), ("@id", victim.Id));
        try
        {
            var report = (await AuditChainTests.VerifyAsync(factory, Today)).ShouldHaveSingleItem();
            report.Intact.ShouldBeFalse();
            report.BrokenLane.ShouldBeOneOf(victim.ChainLane, other);
        }
        finally
        {
            await factory.ScalarAsync("UPDATE Audit_EntityChanges SET ChainLane = @lane, ChainSequence = @s WHERE Id = @id",
                ("@lane", victim.ChainLane), ("@s", victim.ChainSequence), ("@id", victim.Id));
        }

        (await AuditChainTests.VerifyAsync(factory, Today)).ShouldHaveSingleItem().Intact.ShouldBeTrue();
    }

    private async Task RestoreAsync(List<EntityChangeRecord> rows, AuditChainHead head) => await factory.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PrepaidPlatform.Platform.Data.PlatformDbContext>();
        using var unfiltered = sp.GetRequiredService<PrepaidPlatform.Platform.MultiTenancy.IDataFilter>().Disable<PrepaidPlatform.Platform.MultiTenancy.IMultiTenant>();
        db.Add(head);
        db.AddRange(rows);
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task The_command_refuses_a_malformed_day()
    {
        var output = new StringWriter();
        (await AuditCommand.RunAsync(factory.Services, ["audit", "verify", "--day", "2026-13-40"], output)).ShouldBe(2);
        output.ToString().ShouldContain("yyyy-MM-dd");
    }
}
