using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PrepaidPlatform.Platform.Events;

internal static class OutboxRegistration
{
    public static void AddPlatformOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<OutboxDelivery>();
        services.AddHostedService<OutboxDispatcher>();
    }
}
