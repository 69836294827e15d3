using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Host.Data;

namespace PrepaidPlatform.Testing;

/// <summary>The real host with every SQL command of either provider's context counted (<see cref="CommandCounter"/>).</summary>
public class CommandCountingFactory : PlatformFactory
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.ConfigureDbContext<SqlitePlatformDbContext>(o => o.AddInterceptors(Commands));
        services.ConfigureDbContext<MySqlPlatformDbContext>(o => o.AddInterceptors(Commands));
    }
}
