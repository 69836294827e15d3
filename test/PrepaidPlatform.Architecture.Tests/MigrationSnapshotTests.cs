using Microsoft.EntityFrameworkCore;
using PrepaidPlatform.Host.Data;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Architecture.Tests;

/// <summary>
/// Every model change comes with its migration for both providers. The check compares the model with each provider's
/// snapshot only: the design-time contexts name no reachable server and fix the MySQL version, so it needs no database
/// and fails here rather than in a database-backed run.
/// </summary>
public sealed class MigrationSnapshotTests
{
    public static TheoryData<string> Providers => ["Sqlite", "MySql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_model_has_no_change_that_the_providers_migrations_lack(string provider)
    {
        using PlatformDbContext db = provider == "MySql"
            ? new MySqlDesignTimeFactory().CreateDbContext([])
            : new SqliteDesignTimeFactory().CreateDbContext([]);

        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse($"run `dotnet ef migrations add` for {provider} (ADR 0002)");
    }
}
