using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Application;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>
/// Issue 15: a district's override may not change who acts at a step of the city's default — no review step without its
/// permission or with the operator's, no detour to 已通过 around it, no timer that approves. The city's own default
/// (which may auto-approve, see <see cref="TimerRestartTests"/>) is what the override is compared with.
/// </summary>
public sealed class DistrictOverrideRulesTests(WorkflowsFactory factory) : IClassFixture<WorkflowsFactory>
{
    private const string Approve = "\"trigger\": \"approve\", \"from\": \"review\", \"to\": \"approved\", \"label\": \"通过\", \"permission\": \"Workflows.Applications.Review\"";

    private async Task<(string Key, Guid District)> CityDefaultAsync()
    {
        var key = WorkflowScenario.NewKey("override-rules");
        (await factory.PublishAsync(key, TestDefinitions.Review(title: "市级默认"))).Problems.ShouldBeEmpty();
        return (key, (await factory.DistrictAsync(0)).Id);
    }

    /// <summary>Saves the override as the district's draft; a refused one must leave no row.</summary>
    private async Task<IReadOnlyList<string>> OverrideProblemsAsync(string json)
    {
        var (key, district) = await CityDefaultAsync();
        var outcome = await factory.InScopeAsync(sp => sp.GetRequiredService<WorkflowDefinitionService>().SaveDraftAsync(key, district, json));
        var rows = await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<WorkflowDefinition>().CountAsync(d => d.Key == key && d.DistrictId == district));
        rows.ShouldBe(outcome.Succeeded ? 1 : 0);
        return outcome.Problems;
    }

    [Fact]
    public async Task An_override_that_keeps_who_acts_is_accepted_with_a_new_step_reviewed_by_the_district()
    {
        (await OverrideProblemsAsync(TestDefinitions.Review(title: "区级覆盖", extraState: "transfer"))).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_override_that_drops_the_review_permission_is_refused()
    {
        var problems = await OverrideProblemsAsync(TestDefinitions.Review().Replace(Approve, Approve.Replace(", \"permission\": \"Workflows.Applications.Review\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
        problems.ShouldContain("流转“通过”（review → approved）没有指定办理权限：本区流程的每个流转都须指定权限，否则能看到事项的人（包括经营者）都可以办理。");
    }

    [Fact]
    public async Task An_override_that_gives_the_review_step_the_operators_permission_is_refused()
    {
        var problems = await OverrideProblemsAsync(TestDefinitions.Review().Replace(Approve, Approve.Replace("Workflows.Applications.Review", "Workflows.Applications.Submit", StringComparison.Ordinal), StringComparison.Ordinal));
        problems.ShouldContain("流转“通过”（review → approved）要求经营者权限 Workflows.Applications.Submit，但全市流程中“审核中”这一步由持 Workflows.Applications.Review 的区级工作人员办理：本区流程不能取消或更换这一步的办理权限。");
    }

    [Fact]
    public async Task An_override_that_reaches_approved_through_a_new_state_with_the_operators_permission_is_refused()
    {
        var json = TestDefinitions.Review(extraState: "transfer").Replace(
            "\"label\": \"办结\", \"permission\": \"Workflows.Applications.Review\"", "\"label\": \"办结\", \"permission\": \"Workflows.Applications.Submit\"", StringComparison.Ordinal);
        var problems = await OverrideProblemsAsync(json);
        problems.ShouldContain("流转“办结”（transfer → approved）要求经营者权限 Workflows.Applications.Submit，但全市流程中只有持 Workflows.Applications.Review 的区级工作人员才能使事项进入“已通过”：本区流程不能绕过这一办理权限。");
    }

    [Fact]
    public async Task An_override_whose_timer_approves_is_refused_and_a_reminder_is_not()
    {
        var autoApprove = """[ { "name": "auto-approve", "state": "review", "after": 1, "unit": "hours", "trigger": "approve" } ]""";
        (await OverrideProblemsAsync(TestDefinitions.Review(timers: autoApprove)))
            .ShouldContain("计时器 auto-approve 到期触发“通过”，这是须由区级工作人员（Workflows.Applications.Review）作出的办理决定：本区流程不能让计时器代替审核，到期只能提醒或记为办理超时。");
        (await OverrideProblemsAsync(TestDefinitions.Review(timers: TestDefinitions.DeadlineAndReminder))).ShouldBeEmpty();

        // The same timer in the city's own default is the city's decision.
        (await factory.PublishAsync(WorkflowScenario.NewKey("city-auto"), TestDefinitions.Review(timers: autoApprove))).Problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Publishing_a_districts_draft_checks_it_again_against_the_citys_default()
    {
        var (key, district) = await CityDefaultAsync();
        var saved = await factory.InScopeAsync(sp => sp.GetRequiredService<WorkflowDefinitionService>().SaveDraftAsync(key, district, TestDefinitions.Review(title: "区级草稿")));
        saved.Succeeded.ShouldBeTrue();

        // A draft written before this rule existed, or by hand in the database: publishing refuses it.
        await factory.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            var draft = await db.Set<WorkflowDefinition>().SingleAsync(d => d.Id == saved.DefinitionId);
            draft.ReplaceDraftBody(TestDefinitions.Review(title: "区级草稿").Replace(Approve, Approve.Replace("Workflows.Applications.Review", "Workflows.Applications.Submit", StringComparison.Ordinal), StringComparison.Ordinal));
            await db.SaveChangesAsync();
        });
        var published = await factory.InScopeAsync(sp => sp.GetRequiredService<WorkflowDefinitionService>().PublishAsync(saved.DefinitionId!.Value));
        published.Problems.ShouldContain(p => p.Contains("本区流程不能取消或更换这一步的办理权限", StringComparison.Ordinal));
        (await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Set<WorkflowDefinition>().SingleAsync(d => d.Id == saved.DefinitionId))).Status
            .ShouldBe(WorkflowDefinitionStatus.Draft);
    }
}
