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

    private async Task<List<EntityChangeRecord>> FreshChainAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            await AuditChainTests.ChangeProfileAsync(factory, "110105", $"篡改测试 {Guid.NewGuid():N}");
        }

        var report = (await AuditChainTests.VerifyAsync(factory, Today)).ShouldHaveSingleItem();
        report.Intact.ShouldBeTrue(report.Problem);
        return await AuditChainTests.RowsAsync(factory, Today);
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
        await factory.ScalarAsync("DELETE FROM Audit_EntityChanges WHERE ChainDay = @day AND ChainSequence >= @s", ("@day", Today.ToString("yyyy-MM-dd")), ("@s", middle.ChainSequence));
        var tail = (await AuditChainTests.VerifyAsync(factory, Today)).ShouldHaveSingleItem();
        tail.Intact.ShouldBeFalse();
        tail.BrokenSequence.ShouldBe(middle.ChainSequence);
        tail.Problem!.ShouldContain("链头");
    }

    [Fact]
    public async Task The_command_refuses_a_malformed_day()
    {
        var output = new StringWriter();
        (await AuditCommand.RunAsync(factory.Services, ["audit", "verify", "--day", "2026-13-40"], output)).ShouldBe(2);
        output.ToString().ShouldContain("yyyy-MM-dd");
    }
}
