using System.Net;
using PrepaidPlatform.Testing;
using PrepaidPlatform.Workflows.Tests.Support;

namespace PrepaidPlatform.Workflows.Tests;

/// <summary>待办, 流程实例 and 流程记录 through the real pages, signed in as district reviewers and the city administrator.</summary>
public sealed class WorkPagesTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<(string Key, (Guid Id, string Code) Own, (Guid Id, string Code) Other, WorkflowInstanceDto Mine, WorkflowInstanceDto Theirs)> OneInEachDistrictAsync(string timers = "[]")
    {
        var key = WorkflowScenario.NewKey("pages");
        (await factory.PublishAsync(key, TestDefinitions.DirectReview(timers: timers))).Problems.ShouldBeEmpty();
        var own = await factory.DistrictAsync(0);
        var other = await factory.DistrictAsync(1);
        var mine = await factory.StartAsync(key, own.Id, "MINE" + Guid.NewGuid().ToString("N")[..8]);
        var theirs = await factory.StartAsync(key, other.Id, "THEIRS" + Guid.NewGuid().ToString("N")[..8]);
        return (key, (own.Id, own.Code), (other.Id, other.Code), mine, theirs);
    }

    [Fact]
    public async Task A_reviewer_sees_the_own_districts_work_and_another_districts_reviewer_sees_none_of_it()
    {
        var (key, own, other, mine, theirs) = await OneInEachDistrictAsync();

        using var reviewer = await factory.SignedInClientAsync("reviewer" + own.Code);
        var inbox = await reviewer.GetPageAsync($"/Workflows/Inbox?key={key}");
        inbox.ShouldContain($"data-testid=\"inbox-{mine.Id}\"");
        inbox.ShouldNotContain(theirs.SubjectId);
        // No module registered a page for this subject type: the item links to the instance's journal.
        inbox.ShouldContain($"href=\"/Workflows/Instances/Details?id={mine.Id}\"");
        inbox.ShouldContain("通过");
        (await reviewer.GetPageAsync($"/Workflows/Instances/Details?id={mine.Id}")).ShouldContain("data-testid=\"current-state\">审核中<");
        (await reviewer.GetAsync($"/Workflows/Instances/Details?id={theirs.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var home = await reviewer.GetPageAsync("/Work");
        home.ShouldContain("href=\"/Workflows/Inbox\"");
        home.ShouldContain("data-testid=\"work-waiting\"");

        using var neighbour = await factory.SignedInClientAsync("reviewer" + other.Code);
        var theirInbox = await neighbour.GetPageAsync($"/Workflows/Inbox?key={key}");
        theirInbox.ShouldContain($"data-testid=\"inbox-{theirs.Id}\"");
        theirInbox.ShouldNotContain(mine.SubjectId);
    }

    [Fact]
    public async Task The_instances_page_keeps_a_district_inside_its_own_district_and_lets_the_city_pick_one()
    {
        var (key, own, other, mine, theirs) = await OneInEachDistrictAsync();

        using var reviewer = await factory.SignedInClientAsync("reviewer" + own.Code);
        var forged = await reviewer.GetPageAsync($"/Workflows/Instances?key={key}&district={other.Id}");
        forged.ShouldContain(mine.Id.ToString());
        forged.ShouldNotContain(theirs.Id.ToString());
        forged.ShouldNotContain("name=\"district\"");

        using var city = await factory.SignedInClientAsync("cityadmin");
        var all = await city.GetPageAsync($"/Workflows/Instances?key={key}");
        all.ShouldContain(mine.Id.ToString());
        all.ShouldContain(theirs.Id.ToString());
        var picked = await city.GetPageAsync($"/Workflows/Instances?key={key}&district={other.Id}&state=review");
        picked.ShouldContain(theirs.Id.ToString());
        picked.ShouldNotContain(mine.Id.ToString());
        (await city.GetPageAsync($"/Workflows/Instances?key={key}&state=approved")).ShouldNotContain(mine.Id.ToString());
    }

    [Fact]
    public async Task An_item_past_its_deadline_is_marked_overdue_in_the_inbox_and_counted_on_the_staff_home()
    {
        var (key, own, _, mine, _) = await OneInEachDistrictAsync(TestDefinitions.DeadlineAndReminder);
        factory.Clock.SetUtcNow(new DateTimeOffset(mine.DueAtUtc!.Value.AddMinutes(1), TimeSpan.Zero));

        // Signed in after the clock moved: a session older than three days would have expired.
        using var reviewer = await factory.SignedInClientAsync("reviewer" + own.Code);
        var inbox = await reviewer.GetPageAsync($"/Workflows/Inbox?key={key}");
        inbox.ShouldContain("data-testid=\"overdue\"");
        var due = TimeZoneInfo.ConvertTime(new DateTimeOffset(mine.DueAtUtc.Value, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        inbox.ShouldContain(due.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        (await reviewer.GetPageAsync("/Work")).ShouldContain("data-testid=\"work-overdue\"");
    }

    [Fact]
    public async Task An_operator_may_not_open_the_inbox_or_the_instances()
    {
        using var operatorClient = await factory.SignedInClientAsync("91110107MA01AB2C3C");
        foreach (var url in new[] { "/Workflows/Inbox", "/Workflows/Instances" })
        {
            var response = await operatorClient.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        }
    }
}
