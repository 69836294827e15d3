using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PrepaidPlatform.Host.Tests.Jobs;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Custody;

/// <summary>
/// The 专用存管账户 section moved from Filing_Applications to the Custody module's Custody_Accounts: the migration carries
/// every application's entered section over (number still encrypted), and rolling it back carries it home again.
/// </summary>
public sealed class CustodyAccountsMigrationTests
{
    private static readonly Guid District = Guid.NewGuid();

    [Fact]
    public async Task The_CustodyModule_migration_moves_the_sections_into_Custody_Accounts_and_rolling_it_back_moves_them_back()
    {
        using var database = TestDatabase.Create();
        await using var db = QuartzStoreMigrationTests.CreateContext(database);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var custodyModule = migrations.Single(m => m.EndsWith("_CustodyModule", StringComparison.Ordinal));
        var before = migrations[migrations.IndexOf(custodyModule) - 1];
        await migrator.MigrateAsync(before);

        var entered = new Section("BOB", "北京银行石景山支行", "cipher-of-the-number", "keyed-hash-of-the-number", "2000************1234");
        var partial = new Section(null, "只填了支行", string.Empty, string.Empty, string.Empty);
        var (withSection, withPartial, untouched) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await InsertApplicationAsync(db, withSection, "20260101000001", entered);
        await InsertApplicationAsync(db, withPartial, "20260101000002", partial);
        await InsertApplicationAsync(db, untouched, "20260101000003", new Section(null, null, string.Empty, string.Empty, string.Empty));

        await migrator.MigrateAsync(custodyModule);
        var moved = await db.Database.SqlQuery<MovedRow>($"""
            SELECT ApplicationId, TenantId, BankCode, BranchName, AccountNumberProtected, AccountNumberHash, AccountNumberMasked FROM Custody_Accounts
            """).ToListAsync();
        moved.Count.ShouldBe(2, "an application with nothing entered needs no row");
        moved.Single(r => r.ApplicationId == withSection).ShouldBe(new MovedRow(withSection, District, entered.BankCode, entered.BranchName,
            entered.Protected, entered.Hash, entered.Masked));
        moved.Single(r => r.ApplicationId == withPartial).BranchName.ShouldBe("只填了支行");
        (await CustodyColumnsOfFilingApplicationsAsync(db)).ShouldBe(0);

        await migrator.MigrateAsync(before);
        (await CustodyColumnsOfFilingApplicationsAsync(db)).ShouldBe(5);
        (await SectionOfAsync(db, withSection)).ShouldBe(entered);
        (await SectionOfAsync(db, withPartial)).ShouldBe(partial);
        (await SectionOfAsync(db, untouched)).ShouldBe(new Section(null, null, string.Empty, string.Empty, string.Empty));

        await db.Database.MigrateAsync();
        (await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM Custody_Accounts").SingleAsync()).ShouldBe(2);
    }

    private sealed record Section(string? BankCode, string? BranchName, string Protected, string Hash, string Masked);

    private sealed record MovedRow(Guid ApplicationId, Guid? TenantId, string? BankCode, string? BranchName,
        string AccountNumberProtected, string AccountNumberHash, string AccountNumberMasked);

    /// <summary>A row as the application table held it before the move, with only the columns that must have a value.</summary>
    private static Task InsertApplicationAsync(PlatformDbContext db, Guid id, string number, Section s)
    {
        var now = DateTime.UtcNow;
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO Filing_Applications (Id, TenantId, OperatorUserId, Uscc, ApplicationNumber, Status, CreatedAtUtc, UpdatedAtUtc, CardKinds,
                LegalRepIdNumberProtected, LegalRepIdNumberHash, LegalRepIdNumberMasked, LegalRepPhoneProtected, LegalRepPhoneHash, LegalRepPhoneMasked,
                CustodyBankCode, CustodyBranchName, CustodyAccountNumberProtected, CustodyAccountNumberHash, CustodyAccountNumberMasked)
            VALUES ({id}, {District}, {Guid.NewGuid()}, {"91110107MA01TEST" + number[^2..]}, {number}, {"Draft"}, {now}, {now}, {0},
                {""}, {""}, {""}, {""}, {""}, {""},
                {s.BankCode}, {s.BranchName}, {s.Protected}, {s.Hash}, {s.Masked})
            """);
    }

    private static Task<Section> SectionOfAsync(PlatformDbContext db, Guid id) =>
        db.Database.SqlQuery<Section>($"""
            SELECT CustodyBankCode AS BankCode, CustodyBranchName AS BranchName, CustodyAccountNumberProtected AS Protected,
                   CustodyAccountNumberHash AS Hash, CustodyAccountNumberMasked AS Masked
            FROM Filing_Applications WHERE Id = {id}
            """).SingleAsync();

    private static Task<int> CustodyColumnsOfFilingApplicationsAsync(PlatformDbContext db) =>
        (db.Database.IsSqlite()
            ? db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM pragma_table_info('Filing_Applications') WHERE name LIKE 'Custody%'")
            : db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'Filing_Applications' AND COLUMN_NAME LIKE 'Custody%'"))
        .SingleAsync();
}
