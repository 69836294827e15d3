using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Timing;
using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows.Application;
using PrepaidPlatform.Workflows.Domain;

namespace PrepaidPlatform.Workflows.Tests.Support;

/// <summary>Steps of a test in the words of the domain: publish a lifecycle, start it for a subject in a district, fire as someone.</summary>
internal static class WorkflowScenario
{
    public static string NewKey(string name) => $"test.{name}.{Guid.NewGuid():N}"[..40];

    public static Task<TenantInfo> DistrictAsync(this PlatformFactory factory, int index) =>
        factory.InScopeAsync(async sp => (await sp.GetRequiredService<ITenantDirectory>().ListAsync()).OrderBy(t => t.Code).ElementAt(index));

    public static Task<WorkflowDefinitionService.Outcome> PublishAsync(this PlatformFactory factory, string key, string json, Guid? districtId = null) =>
        factory.InScopeAsync(sp => sp.GetRequiredService<WorkflowDefinitionService>().SaveAndPublishAsync(key, districtId ?? WorkflowDefinition.City, json));

    public static async Task<WorkflowInstanceDto> StartAsync(this PlatformFactory factory, string key, Guid districtId, string? subjectId = null, string subjectType = TestDefinitions.SubjectType)
    {
        var result = await factory.InDistrictAsync(districtId, sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(key, subjectType, subjectId ?? Guid.NewGuid().ToString("N")));
        result.Error.ShouldBeNull();
        return result.Instance!;
    }

    /// <summary>A new <see cref="TestDefinitions.Review"/> lifecycle, an instance of it submitted by the operator: 审核中, where a reviewer acts.</summary>
    public static async Task<(Guid District, WorkflowInstanceDto Instance)> InReviewAsync(this PlatformFactory factory, string name)
    {
        var key = NewKey(name);
        (await factory.PublishAsync(key, TestDefinitions.Review())).Problems.ShouldBeEmpty();
        var district = (await factory.DistrictAsync(0)).Id;
        var instance = await factory.StartAsync(key, district);
        using (TestActor.Operator())
        {
            (await factory.FireAsync(district, new WorkflowFireRequest(instance.Id, "submit"))).Outcome.ShouldBe(WorkflowFireOutcome.Fired);
        }

        return (district, (await factory.InstanceAsync(district, instance.Id))!);
    }

    public static Task<T> InDistrictAsync<T>(this PlatformFactory factory, Guid districtId, Func<IServiceProvider, Task<T>> work) =>
        factory.InScopeAsync(async sp =>
        {
            using var tenant = sp.GetRequiredService<ICurrentTenant>().Change(districtId);
            return await work(sp);
        });

    public static Task<WorkflowFireResult> FireAsync(this PlatformFactory factory, Guid districtId, WorkflowFireRequest request) =>
        factory.InDistrictAsync(districtId, sp => sp.GetRequiredService<IWorkflowRuntime>().FireAsync(request));

    public static Task<WorkflowInstanceDto?> InstanceAsync(this PlatformFactory factory, Guid districtId, Guid instanceId) =>
        factory.InDistrictAsync(districtId, sp => sp.GetRequiredService<IWorkflowRuntime>().FindAsync(instanceId));

    public static Task<IReadOnlyList<WorkflowJournalEntryDto>> JournalAsync(this PlatformFactory factory, Guid districtId, Guid instanceId) =>
        factory.InDistrictAsync(districtId, sp => sp.GetRequiredService<IWorkflowRuntime>().GetJournalAsync(instanceId));

    /// <summary>The work inbox of the current actor inside a district.</summary>
    public static Task<WorkInbox.Page> InboxAsync(this PlatformFactory factory, Guid districtId, string key, int page = 1) =>
        factory.InDistrictAsync(districtId, async sp => (await sp.GetRequiredService<WorkInbox>().PageAsync(key, page)).Page);

    /// <summary>The due time of a timer of <paramref name="days"/> working days started at <paramref name="startUtc"/>: the same time of day in Asia/Shanghai.</summary>
    public static Task<DateTime> WorkingDaysAfterAsync(this PlatformFactory factory, DateTime startUtc, int days) =>
        factory.InScopeAsync(async sp =>
        {
            var local = TimeZoneInfo.ConvertTime(new DateTimeOffset(startUtc, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
            var date = await sp.GetRequiredService<IWorkingDayCalendar>().AddWorkingDaysAsync(DateOnly.FromDateTime(local.DateTime), days);
            return new DateTimeOffset(date.ToDateTime(TimeOnly.FromDateTime(local.DateTime)), local.Offset).UtcDateTime;
        });
}
