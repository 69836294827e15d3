using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Modularity;

namespace PrepaidPlatform.Host.Data;

/// <summary>Production: MySQL 8 / MariaDB 10.11 through Pomelo. Its migrations are in Migrations/MySql.</summary>
public sealed class MySqlPlatformDbContext(DbContextOptions<MySqlPlatformDbContext> options) : PlatformDbContext(options);

public sealed class MySqlDesignTimeFactory : IDesignTimeDbContextFactory<MySqlPlatformDbContext>
{
    /// <summary>Generating migrations needs no server: the version is fixed to the oldest one supported.</summary>
    public MySqlPlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MySqlPlatformDbContext>().UseMySql("Server=localhost;Database=design", ServerVersion.Parse("10.11.0-mariadb"))
            .UsePlatformDependencies(PlatformDbContextDependencies.ForDesignTime(ModuleCatalog.Create(HostModules.Types))).Options);
}
