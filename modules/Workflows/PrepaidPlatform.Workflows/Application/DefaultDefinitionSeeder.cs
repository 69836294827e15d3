using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Domain;

namespace PrepaidPlatform.Workflows.Application;

/// <summary>Publishes the city's default lifecycles (embedded <c>Seed/Definitions/*.json</c>) for each key the city has none of yet.</summary>
internal static class DefaultDefinitionSeeder
{
    private const string Prefix = "Workflows.Seed.";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
        foreach (var (key, json) in Defaults())
        {
            if (await db.Set<WorkflowDefinition>().AnyAsync(d => d.Key == key && d.DistrictId == WorkflowDefinition.City, cancellationToken))
            {
                continue;
            }

            var outcome = await definitions.SaveAndPublishAsync(key, WorkflowDefinition.City, json, cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"默认流程 {key} 无效：{string.Join(" ", outcome.Problems)}");
            }
        }
    }

    /// <summary>Key = file name without <c>.json</c> (e.g. <c>filing.registration</c>).</summary>
    public static IEnumerable<(string Key, string Json)> Defaults()
    {
        var assembly = typeof(DefaultDefinitionSeeder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return (name[Prefix.Length..^".json".Length], Read(assembly, name));
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
