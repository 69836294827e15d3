using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Application;
using PrepaidPlatform.Workflows.Definitions;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>
/// A database seeded by an earlier release gets the new default at the next start when the city still runs the earlier
/// default word for word; a city that changed the lifecycle in the designer keeps its own.
/// </summary>
public sealed class DefaultDefinitionUpgradeTests(WorkflowsFactory factory) : IClassFixture<WorkflowsFactory>
{
    [Fact]
    public async Task An_unchanged_earlier_default_is_replaced_by_a_new_version_and_an_edited_one_is_kept()
    {
        // As an earlier release left it: the superseded defaults published by the city.
        foreach (var key in new[] { "filing.registration", "filing.deregistration" })
        {
            var json = Superseded(key);
            if (key == "filing.deregistration")
            {
                json = json.Replace("\"备案注销\"", "\"备案注销（本市）\"", StringComparison.Ordinal);
            }

            (await factory.PublishAsync(key, json)).Problems.ShouldBeEmpty();
        }

        var before = await PublishedAsync("filing.registration");
        var editedBefore = await PublishedAsync("filing.deregistration");

        await DefaultDefinitionSeeder.SeedAsync(factory.Services, CancellationToken.None);

        var after = await PublishedAsync("filing.registration");
        after.Version.ShouldBe(before.Version + 1);
        after.Body.ShouldBe(Normalized(DefaultDefinitionSeeder.Defaults().Single(d => d.Key == "filing.registration").Json));
        after.Body.ShouldContain("continuesIn");
        (await PublishedAsync("filing.deregistration")).ShouldBe(editedBefore);

        // Idempotent: the next start finds the current default and publishes nothing.
        await DefaultDefinitionSeeder.SeedAsync(factory.Services, CancellationToken.None);
        (await PublishedAsync("filing.registration")).Version.ShouldBe(after.Version);
    }

    private static string Superseded(string key) => DefaultDefinitionSeeder.Superseded().First(d => d.Key == key).Json;

    private static string Normalized(string json) => WorkflowBodyJson.Write(WorkflowBodyJson.Parse(json).Body!);

    private Task<(int Version, string Body)> PublishedAsync(string key) => factory.InScopeAsync(async sp =>
    {
        var row = await sp.GetRequiredService<PlatformDbContext>().Set<WorkflowDefinition>().AsNoTracking()
            .SingleAsync(d => d.Key == key && d.DistrictId == WorkflowDefinition.City && d.Status == WorkflowDefinitionStatus.Published);
        return (row.Version, row.Body);
    });
}
