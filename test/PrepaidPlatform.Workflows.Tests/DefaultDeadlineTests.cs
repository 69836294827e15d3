using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Workflows.Domain;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>
/// The default lifecycles' deadlines on calendar dates (manual 二、第2步 "备案审核预计需要3个工作日"; 五(一) "各区商务部门于3个
/// 工作日内办理备案号注销"). Submitted on Thursday 2026-12-31 at 10:00 (Beijing), with 2027-01-01 元旦 a holiday, the third
/// working day is Wednesday 2027-01-06: Friday is off, the weekend follows, then 4, 5 and 6 January.
/// </summary>
public sealed class DefaultDeadlineTests(WorkflowsFactory factory) : IClassFixture<WorkflowsFactory>
{
    private static readonly DateTimeOffset SubmittedAt = new(2026, 12, 31, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTime ThirdWorkingDay = new DateTimeOffset(2027, 1, 6, 10, 0, 0, TimeSpan.FromHours(8)).UtcDateTime;

    private async Task<Guid> OnNewYearsEveAsync()
    {
        if (factory.Clock.GetUtcNow() < SubmittedAt)
        {
            factory.Clock.SetUtcNow(SubmittedAt);
            await factory.InScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Database
                .ExecuteSqlAsync($"INSERT INTO Platform_CalendarDays (Date, Kind, Note) VALUES ({new DateOnly(2027, 1, 1)}, {1}, {"元旦"})"));
        }

        factory.Clock.GetUtcNow().ShouldBe(SubmittedAt);
        return (await factory.DistrictAsync(0)).Id;
    }

    [Fact]
    public async Task The_filing_review_takes_three_working_days_in_all_from_submission_through_acceptance()
    {
        var district = await OnNewYearsEveAsync();
        var instance = await factory.StartAsync("filing.registration", district, subjectType: "filing.application");
        using (TestActor.Operator())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "submit"))).Instance!.DueAtUtc.ShouldBe(ThirdWorkingDay);
        }

        using (TestActor.Reviewer())
        {
            // 受理 on the second day does not start three more: the one deadline runs on (it would be 2027-01-07 if it did).
            var accepted = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "accept"));
            accepted.Instance!.CurrentState.ShouldBe("under_review");
            accepted.Instance.DueAtUtc.ShouldBe(ThirdWorkingDay);
            (await TimersAsync(instance.Id)).ShouldBe(["submitted/review-deadline"]);

            // 驳回 ends the review: no deadline while the operator corrects.
            var rejected = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "reject", new Dictionary<string, string> { ["reason"] = "申请材料缺失" }));
            rejected.Instance!.DueAtUtc.ShouldBeNull();
            (await TimersAsync(instance.Id)).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task The_district_deregisters_within_three_working_days_and_no_notice_follows_its_consent()
    {
        var district = await OnNewYearsEveAsync();
        var instance = await factory.StartAsync("filing.deregistration", district, subjectType: "filing.deregistration");
        using (TestActor.Operator())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "submit"))).Instance!.DueAtUtc.ShouldBe(ThirdWorkingDay);
        }

        using (TestActor.Reviewer())
        {
            var done = await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "approve"));
            done.Instance!.CurrentStateLabel.ShouldBe("已注销");
            done.Instance.Status.ShouldBe(WorkflowInstanceStatus.Completed);
        }

        (await TimersAsync(instance.Id)).ShouldBeEmpty();
        (await factory.JournalAsync(district, instance.Id))[^1].Label.ShouldBe("办理备案号注销");
    }

    private Task<List<string>> TimersAsync(Guid instanceId) => factory.InScopeAsync(sp =>
        sp.GetRequiredService<PlatformDbContext>().Set<WorkflowTimer>().IgnoreQueryFilters().Where(t => t.InstanceId == instanceId)
            .Select(t => t.State + "/" + t.Name).ToListAsync());
}
