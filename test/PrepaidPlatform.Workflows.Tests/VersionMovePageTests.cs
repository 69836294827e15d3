using System.Net;
using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>迁移进行中的事项 through the real page: version 2 renames 审核中 (review) to 复核中 (check), so its instances need the publisher's mapping.</summary>
public sealed class VersionMovePageTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string Page = "/Workflows/VersionMoves";

    private async Task<(Guid VersionTwo, Guid District, WorkflowInstanceDto Instance)> RenamedStateAsync()
    {
        var key = WorkflowScenario.NewKey("movepage");
        (await factory.PublishAsync(key, TestDefinitions.DirectReview())).Problems.ShouldBeEmpty();
        var district = (await factory.DistrictAsync(0)).Id;
        var instance = await factory.StartAsync(key, district);
        var two = await factory.PublishAsync(key, TestDefinitions.DirectReview(state: "check", label: "复核中"));
        return (two.DefinitionId!.Value, district, instance);
    }

    [Fact]
    public async Task The_city_previews_maps_the_dropped_state_and_moves_the_instance()
    {
        var (two, district, instance) = await RenamedStateAsync();
        using var city = await factory.SignedInClientAsync("cityadmin");

        (await city.GetPageAsync("/Workflows/Definitions")).ShouldContain($"href=\"{Page}?id={two}\"");
        var unmapped = await city.GetPageAsync($"{Page}?id={two}");
        unmapped.ShouldContain($"data-testid=\"move-{instance.Id}\"");
        unmapped.ShouldContain("未指定");
        unmapped.ShouldContain("新版本没有状态“审核中”");

        var refused = await city.PostFormAsync($"{Page}?id={two}", new Dictionary<string, string> { ["id"] = two.ToString(), [$"Seen[{instance.Id}]"] = instance.Version.ToString() });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        PlatformClient.ValidationSummary(await refused.Content.ReadAsStringAsync()).ShouldStartWith("未迁移任何事项：新版本没有状态“审核中”");
        (await factory.InstanceAsync(district, instance.Id))!.DefinitionVersion.ShouldBe(1);

        var mapped = await city.GetPageAsync($"{Page}?id={two}&Mapping[review]=check");
        mapped.ShouldContain("<strong>复核中</strong>");
        mapped.ShouldContain($"name=\"Seen[{instance.Id}]\" value=\"{instance.Version}\"");

        var applied = await city.PostFormAsync($"{Page}?id={two}&Mapping[review]=check", new Dictionary<string, string>
        {
            ["id"] = two.ToString(),
            ["Mapping[review]"] = "check",
            [$"Seen[{instance.Id}]"] = instance.Version.ToString(),
        });
        applied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var moved = (await factory.InstanceAsync(district, instance.Id))!;
        (moved.DefinitionVersion, moved.CurrentState).ShouldBe((2, "check"));
        var journal = await city.GetPageAsync($"/Workflows/Instances/Details?id={instance.Id}");
        journal.ShouldContain("版本迁移");
        journal.ShouldContain("v1 → v2");
        (await city.GetPageAsync($"{Page}?id={two}")).ShouldContain("data-testid=\"migration-none\"");
    }

    [Fact]
    public async Task A_district_reviewer_may_not_move_instances()
    {
        var (two, district, instance) = await RenamedStateAsync();
        var code = (await factory.DistrictAsync(0)).Code;
        using var reviewer = await factory.SignedInClientAsync("reviewer" + code);
        var response = await reviewer.GetAsync($"{Page}?id={two}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        (await factory.InstanceAsync(district, instance.Id))!.DefinitionVersion.ShouldBe(1);
    }
}
