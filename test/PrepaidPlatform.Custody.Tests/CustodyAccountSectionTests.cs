using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Custody.Tests;

/// <summary>
/// 专用存管账户 of a filing application through <see cref="ICustodyAccounts"/>, the only way Filing reaches it: staged on the
/// caller's unit of work, stored encrypted with a masked copy, and confined to the application's district (P1, P3).
/// </summary>
public sealed class CustodyAccountSectionTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Number = "20000012345678901234";
    private const string Masked = "2000************1234";

    [Fact]
    public async Task A_staged_section_is_saved_by_the_callers_save_with_the_number_encrypted_and_masked()
    {
        var application = Guid.NewGuid();
        await InDistrictAsync("110107", async (custody, db) =>
        {
            await custody.StageAsync(application, "BOB", "北京银行石景山支行", Number);
            // The caller's submit check reads what this unit of work staged, before anything is saved.
            (await custody.ReadAsync(application)).ShouldBe(new CustodyAccountView("BOB", "北京银行", "北京银行石景山支行", Masked));
            (await custody.RevealAsync(application)).ShouldBe(Number);
            await db.SaveChangesAsync();
        });

        await InDistrictAsync("110107", async (custody, _) =>
        {
            (await custody.ReadAsync(application)).ShouldBe(new CustodyAccountView("BOB", "北京银行", "北京银行石景山支行", Masked));
            (await custody.RevealAsync(application)).ShouldBe(Number);
        });
        (await factory.CountAsync("SELECT COUNT(*) FROM Custody_Accounts WHERE AccountNumberMasked = @m AND AccountNumberProtected NOT LIKE @plain",
            ("@m", Masked), ("@plain", "%" + Number + "%"))).ShouldBe(1);
    }

    [Fact]
    public async Task A_null_number_keeps_the_stored_one_and_nothing_is_stored_without_the_callers_save()
    {
        var application = Guid.NewGuid();
        await InDistrictAsync("110107", async (custody, db) =>
        {
            await custody.StageAsync(application, "ICBC", "工商银行支行", Number);
            await db.SaveChangesAsync();
        });

        // A page shows the number masked only, so a later draft posts no number: the stored one stays.
        await InDistrictAsync("110107", async (custody, db) =>
        {
            await custody.StageAsync(application, "BOB", "北京银行石景山支行", null);
            await db.SaveChangesAsync();
        });
        // Staged but the caller never saves (a refused submit): nothing changes.
        await InDistrictAsync("110107", (custody, _) => custody.StageAsync(application, "CCB", "建设银行支行", "99999999"));

        await InDistrictAsync("110107", async (custody, _) =>
        {
            (await custody.ReadAsync(application)).ShouldBe(new CustodyAccountView("BOB", "北京银行", "北京银行石景山支行", Masked));
            (await custody.RevealAsync(application)).ShouldBe(Number);
            (await custody.ReadAsync(Guid.NewGuid())).ShouldBe(CustodyAccountView.Empty);
        });
    }

    [Fact]
    public async Task A_change_filing_starts_from_the_section_on_file()
    {
        var filed = Guid.NewGuid();
        var change = Guid.NewGuid();
        await InDistrictAsync("110107", async (custody, db) =>
        {
            await custody.StageAsync(filed, "BOB", "北京银行石景山支行", Number);
            await db.SaveChangesAsync();
        });

        await InDistrictAsync("110107", async (custody, db) =>
        {
            await custody.CopyAsync(filed, change);
            await db.SaveChangesAsync();
        });

        await InDistrictAsync("110107", async (custody, _) =>
        {
            (await custody.ReadAsync(change)).ShouldBe(await custody.ReadAsync(filed));
            (await custody.RevealAsync(change)).ShouldBe(Number);
        });
    }

    [Fact]
    public async Task Another_district_can_neither_read_nor_copy_nor_overwrite_a_section()
    {
        var application = Guid.NewGuid();
        await InDistrictAsync("110107", async (custody, db) =>
        {
            await custody.StageAsync(application, "BOB", "北京银行石景山支行", Number);
            await db.SaveChangesAsync();
        });

        var copy = Guid.NewGuid();
        await InDistrictAsync("110108", async (custody, db) =>
        {
            (await custody.ReadAsync(application)).ShouldBe(CustodyAccountView.Empty);
            (await custody.RevealAsync(application)).ShouldBeNull();

            await custody.CopyAsync(application, copy);
            await db.SaveChangesAsync();
            (await custody.ReadAsync(copy)).ShouldBe(CustodyAccountView.Empty);
            (await custody.RevealAsync(copy)).ShouldBeNull();
        });

        // A forged id finds nothing to update, and the new row it would add collides with the other district's one.
        await InDistrictAsync("110108", async (custody, db) =>
        {
            await custody.StageAsync(application, "ICBC", "越权修改", "88888888");
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });

        await InDistrictAsync("110107", async (custody, _) =>
        {
            (await custody.ReadAsync(application)).BranchName.ShouldBe("北京银行石景山支行");
            (await custody.RevealAsync(application)).ShouldBe(Number);
        });
    }

    /// <summary>One unit of work (a request) in a district, with the contract and the context whose save the caller owns.</summary>
    private Task InDistrictAsync(string districtCode, Func<ICustodyAccounts, PlatformDbContext, Task> work) => factory.InScopeAsync(async sp =>
    {
        var district = await sp.GetRequiredService<ITenantDirectory>().FindByCodeAsync(districtCode);
        using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district!.Id);
        await work(sp.GetRequiredService<ICustodyAccounts>(), sp.GetRequiredService<PlatformDbContext>());
    });
}
