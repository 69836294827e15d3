using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>
/// The Wf_ tables come from the generated migration of the provider in use. That the model has nothing the migrations
/// lack is checked without a database, in the architecture tests.
/// </summary>
public sealed class MigrationTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Every_migration_is_applied()
    {
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await db.Database.GetAppliedMigrationsAsync()).ShouldNotBeEmpty();
        });
    }
}
