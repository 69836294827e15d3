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

/// <summary>The application's status follows its <c>filing.registration</c> instance (subject.setStatus), as the outbox delivers it.</summary>
public sealed class FilingStatusSyncTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly Guid Shijingshan = TenantSeeder.IdFor("110107");

    [Fact]
    public async Task The_status_follows_the_workflow_and_a_closed_application_frees_the_open_slot()
    {
        var id = await DraftAsync("91110107MA01SYNC01", "20260101000011");

        await DeliverAsync(id, FilingApplication.SubjectType, "rejected");
        var rejected = await ApplicationAsync(id);
        rejected.Status.ShouldBe(FilingApplicationStatus.Rejected);
        rejected.IsEditable.ShouldBeTrue();
        rejected.OpenKey.ShouldBe("91110107MA01SYNC01");

        await DeliverAsync(id, FilingApplication.SubjectType, "approved");
        var approved = await ApplicationAsync(id);
        approved.Status.ShouldBe(FilingApplicationStatus.Approved);
        approved.IsEditable.ShouldBeFalse();
        approved.OpenKey.ShouldBeNull();
    }

    [Fact]
    public async Task Other_subjects_are_ignored_and_an_unknown_status_is_refused()
    {
        var id = await DraftAsync("91110107MA01SYNC02", "20260101000012");
        await DeliverAsync(id, "account.adminChange", "approved");
        (await ApplicationAsync(id)).Status.ShouldBe(FilingApplicationStatus.Draft);
        await Should.ThrowAsync<InvalidOperationException>(() => DeliverAsync(id, FilingApplication.SubjectType, "archived"));
        (await ApplicationAsync(id)).Status.ShouldBe(FilingApplicationStatus.Draft);
    }

    private Task DeliverAsync(Guid id, string subjectType, string status) => factory.InScopeAsync(async sp =>
    {
        // As the outbox runs a handler: inside the event's district, then one save.
        using var district = sp.GetRequiredService<ICurrentTenant>().Change(Shijingshan);
        var handlers = sp.GetServices<IIntegrationEventHandler<WorkflowSubjectStatusRequested>>().ToList();
        handlers.Count.ShouldBe(1);
        await handlers[0].HandleAsync(new WorkflowSubjectStatusRequested(Guid.NewGuid(), FilingApplication.WorkflowKey, subjectType, id.ToString(), Shijingshan, status, status), default);
        await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync();
    });

    private Task<Guid> DraftAsync(string uscc, string number) => factory.InScopeAsync(async sp =>
    {
        using var district = sp.GetRequiredService<ICurrentTenant>().Change(Shijingshan);
        var db = sp.GetRequiredService<PlatformDbContext>();
        var application = new FilingApplication(Guid.NewGuid(), Shijingshan, Guid.NewGuid(), uscc, number, DateTime.UtcNow);
        db.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    });

    private Task<FilingApplication> ApplicationAsync(Guid id) => factory.InScopeAsync(async sp =>
    {
        using var all = sp.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await sp.GetRequiredService<PlatformDbContext>().Set<FilingApplication>().AsNoTracking().SingleAsync(a => a.Id == id);
    });
}
