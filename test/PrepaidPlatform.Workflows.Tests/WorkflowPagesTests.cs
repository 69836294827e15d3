using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>The city's read-only pages: the lifecycles with their versions, the instances of one, an instance's journal.</summary>
public sealed class WorkflowPagesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task The_city_administrator_sees_the_published_lifecycles_and_an_instances_journal()
    {
        var district = await factory.InScopeAsync(async sp => (await sp.GetRequiredService<ITenantDirectory>().ListAsync()).OrderBy(t => t.Code).First());
        var subject = "FA" + Guid.NewGuid().ToString("N")[..10];
        var started = await factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(district.Id);
            return await sp.GetRequiredService<IWorkflowRuntime>().StartAsync("filing.registration", "filing.application", subject);
        });
        started.Error.ShouldBeNull();

        using var city = await factory.SignedInClientAsync("cityadmin");
        var definitions = await city.GetPageAsync("/Workflows/Definitions");
        definitions.ShouldContain("备案登记");
        definitions.ShouldContain("data-testid=\"definition-filing.deregistration-1\"");
        definitions.ShouldContain("市级默认");

        var instances = await city.GetPageAsync("/Workflows/Instances?key=filing.registration");
        instances.ShouldContain($"href=\"/Filing/Applications/{subject}\"");
        instances.ShouldContain(district.Name);
        // Staff read names, not codes: no subject type and no subject id as text.
        instances.ShouldNotContain("filing.application");
        instances.ShouldNotContain($">{subject}<");

        var details = await city.GetPageAsync($"/Workflows/Instances/Details?id={started.Instance!.Id}");
        details.ShouldContain("data-testid=\"instance-title\">备案登记<");
        // (The diagram's data attribute carries the definition's JSON for the script; what is shown is the block above it.)
        var shown = details[..details.IndexOf("data-testid=\"instance-diagram\"", StringComparison.Ordinal)];
        shown.ShouldNotContain("filing.application");
        shown.ShouldNotContain($">{subject}", Case.Sensitive);
        details.ShouldContain("data-testid=\"current-state\">草稿<");
        details.ShouldContain("<td>开始</td>");
    }

    [Fact]
    public async Task A_district_reviewer_may_not_open_the_citys_workflow_pages()
    {
        var reviewerName = await factory.InScopeAsync(async sp => "reviewer" + (await sp.GetRequiredService<ITenantDirectory>().ListAsync()).OrderBy(t => t.Code).First().Code);
        using var reviewer = await factory.SignedInClientAsync(reviewerName);
        var response = await reviewer.GetAsync("/Workflows/Definitions");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
    }
}
