using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Domain;

namespace PrepaidPlatform.Workflows.Application;

/// <summary>
/// Publishes the city's default lifecycles (embedded <c>Seed/Definitions/*.json</c>): for each key the city has none of
/// yet, and as a new version where the city still runs a default this release replaced (<c>Seed/Superseded/&lt;key&gt;.vN.json</c>,
/// the earlier defaults kept word for word). A city that changed its lifecycle in the designer keeps it: only a body
/// equal to an earlier default is replaced, never one with an open draft, and running instances stay on their version.
/// </summary>
internal static class DefaultDefinitionSeeder
{
    private const string Prefix = "Workflows.Seed.";
    private const string SupersededPrefix = "Workflows.Superseded.";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var definitions = scope.ServiceProvider.GetRequiredService<WorkflowDefinitionService>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DefaultDefinitionSeeder));
        var superseded = Superseded().ToLookup(s => s.Key, s => Normalized(s.Json), StringComparer.Ordinal);
        foreach (var (key, json) in Defaults())
        {
            var city = await db.Set<WorkflowDefinition>().AsNoTracking().Where(d => d.Key == key && d.DistrictId == WorkflowDefinition.City)
                .Select(d => new { d.Status, d.Body }).ToListAsync(cancellationToken);
            if (city.Count > 0)
            {
                var published = city.FirstOrDefault(d => d.Status == WorkflowDefinitionStatus.Published);
                if (published is null || city.Any(d => d.Status == WorkflowDefinitionStatus.Draft) || !superseded[key].Contains(Normalized(published.Body)))
                {
                    continue;
                }

                logger.LogInformation("默认流程 {Key} 已更新：发布新版本（进行中的事项仍按原版本办理）。", key);
            }

            var outcome = await definitions.SaveAndPublishAsync(key, WorkflowDefinition.City, json, cancellationToken);
            if (!outcome.Succeeded)
            {
                throw new InvalidOperationException($"默认流程 {key} 无效：{string.Join(" ", outcome.Problems)}");
            }
        }
    }

    /// <summary>Key = file name without <c>.json</c> (e.g. <c>filing.registration</c>).</summary>
    public static IEnumerable<(string Key, string Json)> Defaults() =>
        Resources(Prefix).Select(r => (r.Name[..^".json".Length], r.Json));

    /// <summary>Earlier defaults: key = file name without <c>.vN.json</c>.</summary>
    public static IEnumerable<(string Key, string Json)> Superseded() =>
        Resources(SupersededPrefix).Select(r => (r.Name[..r.Name[..^".json".Length].LastIndexOf(".v", StringComparison.Ordinal)], r.Json));

    /// <summary>A body as storage writes it, so that layout of the JSON text does not hide an equal body.</summary>
    private static string Normalized(string json) => WorkflowBodyJson.Parse(json).Body is { } body ? WorkflowBodyJson.Write(body) : json;

    private static IEnumerable<(string Name, string Json)> Resources(string prefix)
    {
        var assembly = typeof(DefaultDefinitionSeeder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return (name[prefix.Length..], Read(assembly, name));
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
