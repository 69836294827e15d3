using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests;

/// <summary>
/// Hosts under test start on copies of one migrated template: a copy must be the schema the migrations build, down to
/// indexes and foreign keys (which a MySQL <c>CREATE TABLE … LIKE</c> would lose), with the migrations history.
/// </summary>
public sealed class TestDatabaseTests
{
    [Fact]
    public async Task A_copy_of_the_template_has_the_schema_and_history_of_a_freshly_migrated_database()
    {
        using var fresh = TestDatabase.CreateEmpty();
        using var copy = TestDatabase.Create();
        await using (var db = fresh.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        var expected = await SchemaAsync(fresh);
        expected.ShouldContain(line => line.StartsWith("fk ", StringComparison.Ordinal) || line.Contains("REFERENCES", StringComparison.Ordinal));
        (await SchemaAsync(copy)).ShouldBe(expected);
    }

    private static async Task<List<string>> SchemaAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        string[] queries = db.Database.IsSqlite()
            ?
            [
                "SELECT type || ' ' || name || ' ' || COALESCE(sql, '') AS Value FROM sqlite_master WHERE name NOT LIKE 'sqlite!_%' ESCAPE '!'",
                "SELECT 'migration ' || MigrationId AS Value FROM __EFMigrationsHistory",
            ]
            :
            [
                "SELECT CONCAT('column ', TABLE_NAME, '.', COLUMN_NAME, ' ', COLUMN_TYPE, ' ', IS_NULLABLE, ' ', COALESCE(COLUMN_DEFAULT, '-'), ' ', COALESCE(COLLATION_NAME, '-')) AS Value FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()",
                "SELECT CONCAT('index ', TABLE_NAME, '.', INDEX_NAME, ' ', SEQ_IN_INDEX, ' ', COLUMN_NAME, ' ', NON_UNIQUE) AS Value FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()",
                "SELECT CONCAT('fk ', k.TABLE_NAME, '.', k.CONSTRAINT_NAME, ' ', k.COLUMN_NAME, ' ', k.REFERENCED_TABLE_NAME, '.', k.REFERENCED_COLUMN_NAME, ' ', r.DELETE_RULE) AS Value FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.TABLE_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME WHERE k.TABLE_SCHEMA = DATABASE()",
                "SELECT CONCAT('migration ', MigrationId) AS Value FROM __EFMigrationsHistory",
            ];
        var lines = new List<string>();
        foreach (var query in queries)
        {
            lines.AddRange(await db.Database.SqlQueryRaw<string>(query).ToListAsync());
        }

        return lines.Order(StringComparer.Ordinal).ToList();
    }
}
