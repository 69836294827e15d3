using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Domain;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Events;
using PrepaidPlatform.Platform.MultiTenancy;
using PrepaidPlatform.Platform.Tenants;
using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Filing.Tests;

/// <summary>
/// The application's status follows its <c>filing.registration</c> instance (subject.setStatus), as the outbox delivers
/// it: only the event of the instance's current state counts, whatever order the events arrive in.
/// </summary>
public sealed class FilingStatusSyncTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Guid Shijingshan = TenantSeeder.IdFor("110107");

    [Fact]
    public async Task Only_the_event_of_the_current_state_sets_the_status_and_a_closed_application_frees_the_open_slot()
    {
        var (id, instance) = await DraftWithInstanceAsync("91110107MA01SYNC01", "20260101000011");

        // A stale event (a state the instance is not in) changes nothing.
        await DeliverAsync(id, instance, FilingApplication.SubjectType, "submitted", state: "submitted");
        (await ApplicationAsync(id)).Status.ShouldBe(FilingApplicationStatus.Draft);

        await DeliverAsync(id, instance, FilingApplication.SubjectType, "rejected", state: "draft");
        var rejected = await ApplicationAsync(id);
        rejected.Status.ShouldBe(FilingApplicationStatus.Rejected);
        rejected.IsEditable.ShouldBeTrue();
        rejected.OpenKey.ShouldBe("91110107MA01SYNC01");

        await DeliverAsync(id, instance, FilingApplication.SubjectType, "approved", state: "draft");
        var approved = await ApplicationAsync(id);
        approved.Status.ShouldBe(FilingApplicationStatus.Approved);
        approved.IsEditable.ShouldBeFalse();
        approved.OpenKey.ShouldBeNull();
    }

    [Fact]
    public async Task Other_subjects_are_ignored_and_an_unknown_status_is_refused()
    {
        var (id, instance) = await DraftWithInstanceAsync("91110107MA01SYNC02", "20260101000012");
        await DeliverAsync(id, instance, "account.adminChange", "approved", state: "draft");
        (await ApplicationAsync(id)).Status.ShouldBe(FilingApplicationStatus.Draft);
        await Should.ThrowAsync<InvalidOperationException>(() => DeliverAsync(id, instance, FilingApplication.SubjectType, "archived", state: "draft"));
        (await ApplicationAsync(id)).Status.ShouldBe(FilingApplicationStatus.Draft);
    }

    private Task DeliverAsync(Guid id, Guid instanceId, string subjectType, string status, string state) => factory.InScopeAsync(async sp =>
    {
        // As the outbox runs a handler: inside the event's district, then one save.
        using var district = sp.GetRequiredService<ICurrentTenant>().Change(Shijingshan);
        // Every handler of the event, as the outbox runs them (the deregistration's sync ignores applications).
        foreach (var handler in sp.GetServices<IIntegrationEventHandler<WorkflowSubjectStatusRequested>>())
        {
            await handler.HandleAsync(new WorkflowSubjectStatusRequested(instanceId, FilingApplication.WorkflowKey, subjectType, id.ToString(), Shijingshan, status, state), default);
        }

        await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync();
    });

    /// <summary>A draft of another operator with its registration instance, which stays in the initial state 草稿.</summary>
    private Task<(Guid Id, Guid Instance)> DraftWithInstanceAsync(string uscc, string number) => factory.InScopeAsync(async sp =>
    {
        using var district = sp.GetRequiredService<ICurrentTenant>().Change(Shijingshan);
        var db = sp.GetRequiredService<PlatformDbContext>();
        var application = new FilingApplication(Guid.NewGuid(), Shijingshan, Guid.NewGuid(), uscc, number, DateTime.UtcNow);
        db.Add(application);
        var started = await sp.GetRequiredService<IWorkflowRuntime>().StartAsync(FilingApplication.WorkflowKey, FilingApplication.SubjectType, application.Id.ToString());
        started.Succeeded.ShouldBeTrue(started.Error);
        started.Instance!.CurrentState.ShouldBe("draft");
        return (application.Id, started.Instance.Id);
    });

    private Task<FilingApplication> ApplicationAsync(Guid id) => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<FilingApplication>().AsNoTracking().SingleAsync(a => a.Id == id);
    });
}
