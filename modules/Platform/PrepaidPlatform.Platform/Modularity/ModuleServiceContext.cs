using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PrepaidPlatform.Platform.Modularity;

public sealed class ModuleServiceContext(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
{
    public IServiceCollection Services { get; } = services;

    public IConfiguration Configuration { get; } = configuration;

    public IHostEnvironment Environment { get; } = environment;
}
