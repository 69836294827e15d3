using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Jobs;

/// <summary>The job store's tables come and go with the hand-written step of the Initial migration.</summary>
public sealed class QuartzStoreMigrationTests
{
    private const int QuartzTableCount = 12;

    [Fact]
    public async Task The_Initial_migration_creates_the_job_store_tables_and_rolling_it_back_drops_them()
    {
        using var database = TestDatabase.CreateEmpty();
        await using var db = database.CreateContext();

        await db.Database.MigrateAsync();
        (await QuartzTablesAsync(db)).Count.ShouldBe(QuartzTableCount);

        await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);
        (await QuartzTablesAsync(db)).ShouldBeEmpty();

        await db.Database.MigrateAsync();
        (await QuartzTablesAsync(db)).Count.ShouldBe(QuartzTableCount);
    }

    private static Task<List<string>> QuartzTablesAsync(PlatformDbContext db) =>
        (db.Database.IsSqlite()
            ? db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name LIKE 'QRTZ!_%' ESCAPE '!'")
            : db.Database.SqlQueryRaw<string>("SELECT TABLE_NAME AS Value FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'QRTZ!_%' ESCAPE '!'"))
        .ToListAsync();
}
