using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>W2: instances finish on the version they started on; a district's published override wins over the city's default.</summary>
public sealed class VersionAndOverrideTests(WorkflowsFactory factory) : IClassFixture<WorkflowsFactory>
{
    [Fact]
    public async Task An_instance_started_on_version_one_stays_on_it_after_version_two_is_published()
    {
        var key = WorkflowScenario.NewKey("pinning");
        var district = (await factory.DistrictAsync(0)).Id;
        (await factory.PublishAsync(key, TestDefinitions.Review())).Version.ShouldBe(1);
        var old = await factory.StartAsync(key, district);

        (await factory.PublishAsync(key, TestDefinitions.Review(title: "测试审核（转办）", extraState: "transfer"))).Version.ShouldBe(2);
        var fresh = await factory.StartAsync(key, district);
        (old.DefinitionVersion, fresh.DefinitionVersion).ShouldBe((1, 2));

        using (TestActor.Operator())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(old.Id, "submit"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
            (await factory.FireAsync(district, new WorkflowFireRequest(fresh.Id, "submit"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        }

        using (TestActor.Reviewer())
        {
            var onOld = await factory.FireAsync(district, new WorkflowFireRequest(old.Id, "transfer"));
            onOld.Error.ShouldBe("当前状态“审核中”下不能执行“transfer”。");
            var onNew = await factory.FireAsync(district, new WorkflowFireRequest(fresh.Id, "transfer"));
            onNew.Instance!.CurrentStateLabel.ShouldBe("转办中");
            (await factory.FireAsync(district, new WorkflowFireRequest(old.Id, "approve"))).Instance!.DefinitionVersion.ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_districts_published_override_is_used_in_that_district_only()
    {
        var key = WorkflowScenario.NewKey("override");
        var haidian = (await factory.DistrictAsync(0)).Id;
        var other = (await factory.DistrictAsync(1)).Id;
        (await factory.PublishAsync(key, TestDefinitions.Review(title: "市级默认"))).Problems.ShouldBeEmpty();
        (await factory.PublishAsync(key, TestDefinitions.Review(title: "区级覆盖", extraState: "transfer"), haidian)).Problems.ShouldBeEmpty();

        var inHaidian = await factory.StartAsync(key, haidian);
        var elsewhere = await factory.StartAsync(key, other);

        using (TestActor.Operator())
        {
            await factory.FireAsync(haidian, new WorkflowFireRequest(inHaidian.Id, "submit"));
            await factory.FireAsync(other, new WorkflowFireRequest(elsewhere.Id, "submit"));
        }

        using (TestActor.Reviewer())
        {
            (await factory.FireAsync(haidian, new WorkflowFireRequest(inHaidian.Id, "transfer"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
            (await factory.FireAsync(other, new WorkflowFireRequest(elsewhere.Id, "transfer"))).Outcome.ShouldBe(WorkflowFireOutcome.Refused);
        }
    }

    [Fact]
    public async Task A_draft_is_never_used_to_start_an_instance()
    {
        var key = WorkflowScenario.NewKey("draft");
        var district = (await factory.DistrictAsync(0)).Id;
        (await factory.PublishAsync(key, TestDefinitions.Review(title: "已发布"))).Version.ShouldBe(1);
        (await factory.InScopeAsync(sp => sp.GetRequiredService<Application.WorkflowDefinitionService>()
            .SaveDraftAsync(key, Domain.WorkflowDefinition.City, TestDefinitions.Review(title: "草稿", extraState: "transfer")))).Version.ShouldBe(2);

        (await factory.StartAsync(key, district)).DefinitionVersion.ShouldBe(1);
        var unknown = await factory.InDistrictAsync(district, sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(WorkflowScenario.NewKey("none"), TestDefinitions.SubjectType, "x"));
        unknown.Error.ShouldEndWith("没有已发布的版本。");
    }
}
