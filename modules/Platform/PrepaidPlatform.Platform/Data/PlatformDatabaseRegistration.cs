using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PrepaidPlatform.Platform.Data;

public static class PlatformDatabaseRegistration
{
    /// <summary>
    /// Registers the provider-specific DbContext chosen by <c>Database:Provider</c> and exposes it as
    /// <see cref="PlatformDbContext"/>. Each provider subclass lives in the host with its own migrations.
    /// </summary>
    /// <remarks>
    /// Contexts are pooled: the options are built once (building them per scope — the provider's extensions cloned, the
    /// warnings configuration rebuilt, the internal service provider looked up by them — was 6–7 % of the public
    /// filing-code page's request CPU), and each context's internal services are kept across requests (building them on
    /// a context's first use was 20–27 %; issue 14). Nothing in a context depends on the request: the tenant, user and
    /// filters reach it through the singleton <see cref="PlatformDbContextDependencies"/>, and EF resets a context's
    /// tracking, connection and transaction when it goes back to the pool. The pool's size is <c>Database:ContextPoolSize</c>.
    /// </remarks>
    public static DatabaseOptions AddPlatformDatabase<TSqlite, TMySql>(this WebApplicationBuilder builder)
        where TSqlite : PlatformDbContext
        where TMySql : PlatformDbContext
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var dataFolder = Path.IsPathRooted(options.DataFolder) ? options.DataFolder : Path.Combine(builder.Environment.ContentRootPath, options.DataFolder);
        Directory.CreateDirectory(dataFolder);
        options.DataFolder = dataFolder;
        builder.Services.AddSingleton(options);

        if (options.Provider == DatabaseProvider.MySql)
        {
            var connectionString = options.ConnectionString ?? throw new InvalidOperationException("Database:Provider 为 MySql 时必须配置 Database:ConnectionString。");
            var serverVersion = new Lazy<ServerVersion>(() => string.IsNullOrWhiteSpace(options.ServerVersion)
                ? ServerVersion.AutoDetect(connectionString)
                : ServerVersion.Parse(options.ServerVersion));
            // No retrying execution strategy: a business change and its workflow step share one user-initiated transaction.
            builder.Services.AddDbContextPool<TMySql>((sp, o) => o
                .UseMySql(connectionString, serverVersion.Value, my => my.CommandTimeout(60))
                .UsePlatformDependencies(sp.GetRequiredService<PlatformDbContextDependencies>()), Math.Max(1, options.ContextPoolSize));
            builder.Services.AddScoped<PlatformDbContext>(sp => sp.GetRequiredService<TMySql>());
        }
        else
        {
            var connectionString = options.ConnectionString ?? $"Data Source={Path.Combine(dataFolder, "prepaid.db")};Default Timeout=30";
            options.ConnectionString = connectionString;
            builder.Services.AddDbContextPool<TSqlite>((sp, o) => o
                .UseSqlite(connectionString)
                .UsePlatformDependencies(sp.GetRequiredService<PlatformDbContextDependencies>()), Math.Max(1, options.ContextPoolSize));
            builder.Services.AddScoped<PlatformDbContext>(sp => sp.GetRequiredService<TSqlite>());
        }

        return options;
    }
}
