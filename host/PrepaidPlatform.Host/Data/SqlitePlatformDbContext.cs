using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Modularity;

namespace PrepaidPlatform.Host.Data;

/// <summary>The embedded default. Its migrations are in Migrations/Sqlite.</summary>
public sealed class SqlitePlatformDbContext(DbContextOptions<SqlitePlatformDbContext> options) : PlatformDbContext(options);

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite("Data Source=design.db")
            .UsePlatformDependencies(PlatformDbContextDependencies.ForDesignTime(ModuleCatalog.Create(HostModules.Types))).Options);
}
